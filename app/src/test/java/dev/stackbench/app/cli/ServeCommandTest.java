package dev.stackbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void serve_prints_url_seed_users_and_routes_and_answers_until_stopped() throws Exception {
        Path model = dir.resolve("blog.stackbench.json");
        assertThat(CliRun.of("new", "--template", "blog", "--out", model.toString()).exitCode()).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Cli.execute(new String[] {"serve", model.toString(), "--port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))));
        serving.start();
        String url = waitForUrl(out);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("admin").contains("admin-password").contains("GET     /api/posts");
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        serving.interrupt();
        serving.join(10_000);
        assertThat(exit.get()).isZero();
    }

    @Test
    void a_port_in_use_exits_two_with_a_message() throws Exception {
        Path model = dir.resolve("blog.stackbench.json");
        CliRun.of("new", "--template", "blog", "--out", model.toString());
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", model.toString(), "--port", String.valueOf(busy.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("port " + busy.getLocalPort() + " is in use");
        }
    }

    @Test
    void a_broken_model_file_exits_two_naming_the_file_line_and_column() throws Exception {
        Path broken = dir.resolve("broken.stackbench.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"project\": { oops }\n}\n");
        CliRun run = CliRun.of("serve", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken.toString()).contains("line 3");
    }

    private static String waitForUrl(ByteArrayOutputStream out) throws InterruptedException {
        Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
        for (int i = 0; i < 300; i++) {
            Matcher m = url.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find() && out.toString(StandardCharsets.UTF_8).contains("Press Ctrl-C")) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no URL: " + out.toString(StandardCharsets.UTF_8));
    }
}
