package dev.stackbench.bench;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server half of {@link FanoutBench}, run in its own JVM: a live server for the blog template plus a public
 * SSE channel and a public WebSocket channel. Prints {@code PORT n}; answers {@code mem} on stdin with
 * {@code MEM heapBytes rssBytes threads openSse openWs} after a GC; {@code quit} stops it.
 */
public final class FanoutServer {
    static final String SSE_CHANNEL = "bench-feed";
    static final String WS_CHANNEL = "bench-room";

    private FanoutServer() {
    }

    static Project project() {
        Project blog = Templates.load("blog");
        return blog.withAuth(blog.auth().withStrategy(AuthStrategy.NONE)).withChannels(List.of(
                new Channel("ch_feed", SSE_CHANNEL, Transport.SSE, "", List.of("ent_post"), List.of("tick"),
                        false, false, List.of(), 100, 0),
                new Channel("ch_room", WS_CHANNEL, Transport.WEBSOCKET, "", List.of("ent_post"), List.of(),
                        true, false, List.of(), 0, 0)));
    }

    public static void main(String[] args) throws Exception {
        try (LiveServer server = LiveServer.start(project(), LiveServerOptions.anyPort().withRateLimitsOff(true))) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                if (line.equals("mem")) {
                    System.out.println("MEM " + heapAfterGc() + " " + rss() + " " + Thread.activeCount() + " "
                            + server.metrics().openStreams("sse") + " " + server.metrics().openStreams("websocket"));
                    System.out.flush();
                }
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Resident set size from /proc (Linux); 0 elsewhere. */
    private static long rss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(0L);
    }
}
