package {{package}};

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model's realtime channels over real connections: an SSE subscriber sees the events of a resource's
 * create/change/delete; two WebSocket clients in one room see each other's messages.
 */
class RealtimeTest {
    private static TestService service;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(false);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @TestFactory
    List<DynamicTest> channels() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode channel : service.suite.path("realtime")) {
            String name = channel.get("channel").asText();
            if (channel.get("transport").asText().equals("sse")) {
                tests.add(DynamicTest.dynamicTest("SSE " + name + " streams entity events", () -> sse(service.suite,
                        channel, service.baseUrl(), service.baseUrl())));
            } else {
                tests.add(DynamicTest.dynamicTest("WebSocket " + name + " carries room messages", () -> ws(channel)));
            }
        }
        return tests;
    }

    /** Subscribes on {@code streamBase}, runs the resource's happy path on {@code apiBase}, expects its events. */
    static void sse(JsonNode suite, JsonNode channel, String streamBase, String apiBase) throws Exception {
        ScenarioRunner runner = new ScenarioRunner(apiBase, suite);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamBase + "/api/streams/"
                + channel.get("channel").asText())).header("Accept", "text/event-stream");
        String[] credential = runner.credential(channel.path("actor").isTextual() ? channel.get("actor").asText() : null);
        if (credential != null) {
            request.header(credential[0], credential[1]);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertTrue(stream.statusCode() == 200, "stream answered " + stream.statusCode());
        Thread reader = new Thread(() -> stream.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        JsonNode scenario = scenario(suite, channel.get("scenario").asText());
        assertNull(runner.run(scenario));
        String resource = "\"resource\":\"" + channel.get("resource").asText() + "\"";
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !seen.contains("deleted")) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:") && line.contains(resource)) {
                seen.add(TestService.JSON.readTree(line.substring(5).trim()).path("type").asText());
            }
        }
        assertTrue(seen.contains("created") && seen.contains("updated") && seen.contains("deleted"),
                "events seen: " + seen);
        stream.body().close();
    }

    private static void ws(JsonNode channel) throws Exception {
        ScenarioRunner runner = new ScenarioRunner(service.baseUrl(), service.suite);
        String actor = channel.path("actor").isTextual() ? channel.get("actor").asText() : null;
        BlockingQueue<String> first = new LinkedBlockingQueue<>();
        BlockingQueue<String> second = new LinkedBlockingQueue<>();
        WebSocket a = connect(channel, runner.credential(actor), first);
        WebSocket b = connect(channel, runner.credential(actor), second);
        a.sendText("{\"type\":\"join\",\"room\":\"general\"}", true).join();
        b.sendText("{\"type\":\"join\",\"room\":\"general\"}", true).join();
        awaitFrame(first, "\"join\"");
        awaitFrame(second, "\"join\"");
        a.sendText("{\"type\":\"message\",\"room\":\"general\",\"data\":{\"text\":\"hello\"}}", true).join();
        assertNotNull(awaitFrame(second, "\"hello\""), "the second client got the message");
        a.sendText("not json", true).join();
        assertNotNull(awaitFrame(first, "Malformed JSON frame"), "a bad frame is answered with an error frame");
        a.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        b.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private static WebSocket connect(JsonNode channel, String[] credential, BlockingQueue<String> frames) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (credential != null) {
            builder.header(credential[0], credential[1]);
        }
        return builder.buildAsync(URI.create(service.baseUrl().replace("http", "ws") + "/ws/"
                + channel.get("channel").asText()), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        ws.request(1);
                        return null;
                    }
                }).join();
    }

    private static String awaitFrame(BlockingQueue<String> frames, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && frame.contains(containing)) {
                return frame;
            }
        }
        return null;
    }

    static JsonNode scenario(JsonNode suite, String name) {
        for (JsonNode s : suite.get("scenarios")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new IllegalStateException("no scenario " + name);
    }
}
