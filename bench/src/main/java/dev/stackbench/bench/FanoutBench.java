package dev.stackbench.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out of one live server to 1,000 SSE subscribers ({@link SseSockets}) and 1,000 WebSocket clients
 * (java.net.http) on loopback: latency from
 * publishing a broadcast to each client receiving it (p50/p99, target p99 &lt; 100 ms), against the same
 * broadcast to a single client measured in the same run, and the server's memory per open connection.
 * The server runs in a child JVM ({@link FanoutServer}) so its memory is measured apart from the clients'.
 *
 * <p>Run: {@code bench/run FanoutBench [clients] [rounds]} (defaults 1000 and 30).
 */
public final class FanoutBench {
    private static final String SSE_CHANNEL = FanoutServer.SSE_CHANNEL;
    private static final String WS_CHANNEL = FanoutServer.WS_CHANNEL;

    /** Client connections are spread over several HttpClients: each has one selector thread, which 1,000
     *  connections would otherwise queue behind, so the bench would time its own client. */
    private static final int CLIENT_POOLS = 8;

    private final List<HttpClient> pools = new ArrayList<>();
    private final HttpClient http;
    private final String base;
    private final int port;
    private final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    private volatile CountDownLatch round = new CountDownLatch(0);

    private FanoutBench(int port) {
        this.base = "127.0.0.1:" + port;
        this.port = port;
        for (int i = 0; i < CLIENT_POOLS; i++) {
            pools.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }
        this.http = pools.get(0);
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        checkDescriptors(clients);
        Process server = new ProcessBuilder(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                FanoutServer.class.getName())
                // The server's request log goes to a file so the figures stay readable.
                .redirectError(ProcessBuilder.Redirect.appendTo(new File("bench/target/fanout-server.log"))).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8)) {
            int port = Integer.parseInt(out.readLine().replace("PORT ", "").trim());
            new FanoutBench(port).run(clients, rounds, new ServerProbe(out, in));
            in.println("quit");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + "/bin/java";
    }

    /** Asks the server process for its memory after a GC: {@code [heapBytes, rssBytes, threads, sse, ws]}. */
    record ServerProbe(BufferedReader out, PrintWriter in) {
        long[] memory() throws Exception {
            in.println("mem");
            return Arrays.stream(out.readLine().replace("MEM ", "").trim().split(" ")).mapToLong(Long::parseLong)
                    .toArray();
        }

        /** Waits (up to 30 s) until the server has closed every stream and socket of the previous phase. */
        long[] quiet() throws Exception {
            long[] m = memory();
            for (int i = 0; i < 30 && m[3] + m[4] > 0; i++) {
                Thread.sleep(1000);
                m = memory();
            }
            return m;
        }
    }

    private void run(int clients, int rounds, ServerProbe probe) throws Exception {
        warmUp(rounds);
        System.out.printf("Fan-out on one live server, loopback, %d rounds per measurement; load average %s%n",
                rounds, loadAverage());
        Stats sseOne = measureSse(1, rounds, probe, null);
        long[] before = probe.quiet();
        Stats sseMany = measureSse(clients, rounds, probe, before);
        Stats wsOne = measureWs(1, rounds, probe, null);
        long[] beforeWs = probe.quiet();
        Stats wsMany = measureWs(clients, rounds, probe, beforeWs);
        report("SSE", sseOne, sseMany);
        report("WebSocket", wsOne, wsMany);
        System.out.printf("Load average at the end: %s (the clients share the machine with the server)%n",
                loadAverage());
    }

    /** The 1-minute load average (Linux): latency figures on a shared 2-core machine need this context. */
    private static String loadAverage() throws Exception {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "n/a";
    }

    /** Each loopback connection costs the bench process one descriptor and the server one. */
    private static void checkDescriptors(int clients) throws Exception {
        Path limits = Path.of("/proc/self/limits");
        if (!Files.exists(limits)) {
            return;
        }
        String line = Files.readAllLines(limits).stream().filter(l -> l.startsWith("Max open files")).findFirst()
                .orElse("");
        String[] parts = line.trim().split("\\s+");
        if (parts.length > 3 && parts[3].matches("\\d+") && Long.parseLong(parts[3]) < 2L * clients + 256) {
            throw new IllegalStateException("Open-file limit " + parts[3] + " is too low for " + clients
                    + " SSE + " + clients + " WebSocket clients: run `ulimit -n 20000` first");
        }
    }

    /** A short pass so neither JVM measures its cold code paths. */
    private void warmUp(int rounds) throws Exception {
        for (int i = 0; i < 3; i++) {
            measureSseQuiet(20, rounds);
            measureWsQuiet(20, rounds);
        }
    }

    private void measureSseQuiet(int clients, int rounds) throws Exception {
        try (SseSockets open = openSse(clients)) {
            broadcastRounds(clients, rounds, this::publishSse);
        }
    }

    private void measureWsQuiet(int clients, int rounds) throws Exception {
        List<WebSocket> sockets = openWs(clients);
        broadcastRounds(clients, rounds, t -> sendWs(sockets.get(0), t));
        closeAll(sockets);
    }

    private Stats measureSse(int clients, int rounds, ServerProbe probe, long[] before) throws Exception {
        try (SseSockets open = openSse(clients)) {
            long[] after = before == null ? null : probe.memory();
            return broadcastRounds(clients, rounds, this::publishSse).withMemory(before, after, clients);
        }
    }

    private Stats measureWs(int clients, int rounds, ServerProbe probe, long[] before) throws Exception {
        List<WebSocket> sockets = openWs(clients);
        long[] after = before == null ? null : probe.memory();
        Stats stats = broadcastRounds(clients, rounds, t -> sendWs(sockets.get(0), t))
                .withMemory(before, after, clients);
        closeAll(sockets);
        return stats;
    }

    interface Broadcast {
        void send(long sentNanos) throws Exception;
    }

    /** Sends {@code rounds} broadcasts, each after the previous one reached every client (or 10 s passed). */
    private Stats broadcastRounds(int clients, int rounds, Broadcast broadcast) throws Exception {
        samples.clear();
        int lost = 0;
        for (int r = 0; r < rounds; r++) {
            round = new CountDownLatch(clients);
            broadcast.send(System.nanoTime());
            if (!round.await(10, TimeUnit.SECONDS)) {
                lost += (int) round.getCount();
            }
            Thread.sleep(50);
        }
        long[] latencies = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        return new Stats(clients, latencies, lost, null);
    }

    /** A receiver saw a broadcast sent at {@code sentNanos}. */
    private void received(long sentNanos) {
        samples.add(new long[] {System.nanoTime() - sentNanos});
        round.countDown();
    }

    private static long sentNanos(String text) {
        int at = text.indexOf("\"t\":");
        if (at < 0) {
            return -1;
        }
        int end = at + 4;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return Long.parseLong(text.substring(at + 4, end));
    }

    private SseSockets openSse(int clients) throws Exception {
        return new SseSockets(port, "/api/streams/" + SSE_CHANNEL, clients, this::received);
    }

    private void publishSse(long sentNanos) throws Exception {
        String body = "{\"event\":\"tick\",\"data\":{\"t\":" + sentNanos + "}}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://" + base + "/api/streams/" + SSE_CHANNEL + "/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("Publishing answered " + r.statusCode() + ": " + r.body());
        }
    }

    private List<WebSocket> openWs(int clients) throws Exception {
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        CountDownLatch allJoined = new CountDownLatch(clients);
        URI uri = URI.create("ws://" + base + "/ws/" + WS_CHANNEL);
        for (int i = 0; i < clients; i++) {
            opening.add(pools.get(i % CLIENT_POOLS).newWebSocketBuilder().buildAsync(uri, new Frames(allJoined)));
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> f : opening) {
            WebSocket ws = f.get(60, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"join\",\"room\":\"bench\"}", true).get(10, TimeUnit.SECONDS);
            sockets.add(ws);
        }
        if (!allJoined.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Only " + (clients - allJoined.getCount()) + " sockets joined");
        }
        return sockets;
    }

    /** Receives frames of one socket: its own join acknowledgement, then broadcast samples. */
    private final class Frames implements WebSocket.Listener {
        private final CountDownLatch joined;
        private boolean sawJoin;
        private final StringBuilder partial = new StringBuilder();

        Frames(CountDownLatch joined) {
            this.joined = joined;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (!sawJoin && frame.startsWith("{\"type\":\"join\"")) {
                    sawJoin = true;
                    joined.countDown();
                } else if (frame.startsWith("{\"type\":\"message\"")) {
                    received(sentNanos(frame));
                }
            }
            ws.request(1);
            return null;
        }
    }

    private static void sendWs(WebSocket sender, long sentNanos) throws Exception {
        sender.sendText("{\"type\":\"message\",\"room\":\"bench\",\"data\":{\"t\":" + sentNanos + "}}", true)
                .get(10, TimeUnit.SECONDS);
    }

    private static void closeAll(List<WebSocket> sockets) {
        sockets.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }

    private static void report(String transport, Stats one, Stats many) {
        System.out.printf("%-9s 1 client:     p50 %6.2f ms  p99 %6.2f ms%n", transport, one.p(50), one.p(99));
        System.out.printf("%-9s %d clients: p50 %6.2f ms  p99 %6.2f ms  (%d samples, %d lost)  p99 ratio %.1fx"
                        + "  target p99 < 100 ms: %s%n", transport, many.clients(), many.p(50), many.p(99),
                many.latencies().length, many.lost(), many.p(99) / Math.max(0.001, one.p(99)),
                many.p(99) < 100 ? "MET" : "MISSED");
        System.out.printf("%-9s server memory per connection: heap %.1f KiB, RSS %.1f KiB, threads +%d%n",
                transport, many.memory()[0] / 1024.0, many.memory()[1] / 1024.0, (long) many.memory()[2]);
    }

    /** Sorted latencies in nanoseconds, broadcasts that never arrived, memory deltas per connection. */
    record Stats(int clients, long[] latencies, int lost, double[] memory) {
        double p(int percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, index)] / 1e6;
        }

        Stats withMemory(long[] before, long[] after, int connections) {
            if (before == null) {
                return this;
            }
            double[] perConnection = {(after[0] - before[0]) / (double) connections,
                (after[1] - before[1]) / (double) connections, after[2] - before[2]};
            return new Stats(clients, latencies, lost, perConnection);
        }
    }
}
