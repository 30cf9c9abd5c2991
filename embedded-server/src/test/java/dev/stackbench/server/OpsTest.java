package dev.stackbench.server;

import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.ops.TrafficEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Middleware and operations over real sockets: request ids, CORS, Host check, limits, health, metrics, traffic. */
class OpsTest extends BlogServerTest {
    @Test
    void a_valid_client_request_id_is_kept_and_an_invalid_one_replaced() {
        assertThat(http.header("X-Request-Id", "abc-123").get("/api/tags").header("X-Request-Id")).isEqualTo("abc-123");
        Http.Reply replaced = http.header("X-Request-Id", "bad id!").get("/api/tags");
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(replaced.json().at("/meta/requestId").asText()).isEqualTo(replaced.header("X-Request-Id"));
    }

    @Test
    void security_headers_are_on_every_answer() {
        Http.Reply r = http.get("/api/nothing-here");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void cors_preflight_allows_listed_origins_and_never_reflects_others() {
        Http.Reply ok = http.header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/posts", null, null);
        assertThat(ok.status()).isEqualTo(204);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(ok.header("Access-Control-Allow-Methods")).contains("POST");
        Http.Reply evil = http.header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/posts", null, null);
        assertThat(evil.header("Access-Control-Allow-Origin")).isNull();
        assertThat(http.header("Origin", "https://evil.example").get("/api/posts").header("Access-Control-Allow-Origin"))
                .isNull();
    }

    @Test
    void a_foreign_host_header_is_refused_against_dns_rebinding() throws IOException {
        String raw = rawRequest("GET /api/posts HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 421");
        assertThat(raw).contains("Host not allowed");
        assertThat(rawRequest("GET /health HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_oversized_body_is_a_413_and_a_non_json_body_a_415() {
        String token = token();
        Http.Reply big = http.bearer(token).post("/api/tags", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.error()).isEqualTo("Request body too large");
        Http.Reply text = http.bearer(token).send("POST", "/api/tags", "name=x", "text/plain");
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void health_ready_and_metrics_answer_in_their_standard_formats() {
        assertThat(http.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.get("/ready").body()).isEqualTo("{\"status\":\"READY\"}");
        http.get("/api/posts/1");
        server.metrics().streamOpened("sse");
        String metrics = http.get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/posts/{id}\","
                + "status=\"200\"}");
        assertThat(metrics).contains("http_server_requests_seconds_bucket");
        assertThat(metrics).contains("stackbench_open_streams{transport=\"sse\"} 1.0");
        server.metrics().streamClosed("sse");
    }

    @Test
    void the_traffic_recorder_keeps_exchanges_without_credentials_and_tells_listeners() throws Exception {
        List<TrafficEntry> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable handle = server.traffic().addListener(seen::add)) {
            http.bearer("secret-token").header("X-Request-Id", "trace-me").get("/api/tags?limit=1");
        }
        TrafficEntry entry = seen.stream().filter(e -> "trace-me".equals(e.requestId())).findFirst().orElseThrow();
        assertThat(entry.path()).isEqualTo("/api/tags?limit=1");
        assertThat(entry.status()).isEqualTo(401);
        assertThat(entry.requestHeaders().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));
        assertThat(entry.millis()).isPositive();
        assertThat(http.get("/_stackbench/traffic").json().toString()).contains("trace-me");
    }

    @Test
    void an_exchange_is_recorded_by_the_time_its_client_has_the_answer() {
        for (int i = 0; i < 200; i++) {
            String id = "seen-" + i;
            http.header("X-Request-Id", id).get(i % 2 == 0 ? "/api/posts/1" : "/api/posts?limit=100");
            assertThat(server.traffic().snapshot()).as("request %s", id).anyMatch(e -> id.equals(e.requestId()));
        }
    }

    @Test
    void a_rate_limited_client_gets_429_with_retry_after() {
        Project blog = Templates.load("blog");
        Project tight = blog.withProduction(blog.production().withRateLimits(List.of(
                new RateLimitClass("rl_global", "global", 3, 60, RateLimitClass.Key.CLIENT),
                new RateLimitClass("rl_auth", "auth", 2, 60, RateLimitClass.Key.CLIENT))));
        try (LiveServer limited = LiveServer.start(tight, LiveServerOptions.anyPort())) {
            Http client = new Http(limited.url());
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/api/tags").status()).isEqualTo(200);
            }
            Http.Reply refused = client.header("X-Forwarded-For", "10.0.0." + 9).get("/api/tags");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.error()).isEqualTo("Too many requests");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        }
    }

    private static String token() {
        return http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")
                .json().at("/data/accessToken").asText();
    }
}
