package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Project;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A live server for one test class plus the HTTP, SSE and WebSocket clients the tests speak through. */
final class Live implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final LiveServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Live(Project project) {
        this.server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true));
    }

    String url(String path) {
        return server.url() + path;
    }

    /** An access token of the seed user with {@code role}. */
    String login(String role) throws Exception {
        var seed = server.seedUsers().stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
        JsonNode reply = json(post("/api/auth/login", null,
                "{\"email\":\"" + seed.login() + "\",\"password\":\"" + seed.password() + "\"}"));
        return reply.path("data").path("accessToken").asText();
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** Opens an SSE stream with optional extra headers (name, value, name, value…); waits for the status. */
    SseStream sse(String path, String... headers) throws Exception {
        SseStream stream = new SseStream();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var response = http.sendAsync(request.build(), info -> {
            stream.status = info.statusCode();
            return stream.subscriber();
        });
        stream.attach(response);
        stream.awaitStatus();
        return stream;
    }

    /** Opens a WebSocket; throws the handshake failure (with the refused status) when the upgrade is refused. */
    WsClient ws(String path, String... headers) throws Exception {
        WsClient client = new WsClient();
        WebSocket.Builder builder = http.newWebSocketBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        client.socket = builder.buildAsync(URI.create(url(path).replaceFirst("^http", "ws")), client)
                .get(5, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}
