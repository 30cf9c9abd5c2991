package {{package}};

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances on one PostgreSQL and one Redis behave as one: an SSE subscriber on instance B receives the
 * events of writes made on instance A, and a rate limit counts the requests of both. Runs when DATABASE_URL
 * and REDIS_URL are set (a shared database and Redis); skipped on the embedded database.
 */
class MultiInstanceTest {
    @Test
    void two_instances_share_realtime_events_and_rate_limits() throws Exception {
        assumeTrue(System.getenv("REDIS_URL") != null && System.getenv("DATABASE_URL") != null,
                "needs DATABASE_URL and REDIS_URL");
        try (TestService a = TestService.start(true); TestService b = TestService.start(true)) {
            for (JsonNode channel : a.suite.path("realtime")) {
                if (channel.get("transport").asText().equals("sse")) {
                    RealtimeTest.sse(a.suite, channel, b.baseUrl(), a.baseUrl());
                }
            }
            int capacity = a.suite.path("authRateLimit").asInt(0);
            if (capacity > 0) {
                assertTrue(limitedWithin(capacity + 1, a.baseUrl(), b.baseUrl()),
                        "a 429 came within " + (capacity + 1) + " login attempts spread over both instances");
            }
        }
    }

    /** Alternates failed logins between the two instances; true when one is refused with 429 in time. */
    private static boolean limitedWithin(int attempts, String first, String second) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < attempts; i++) {
            String base = i % 2 == 0 ? first : second;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"nobody@example.com\",\"password\":\"wrong-password\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                return r.headers().firstValue("Retry-After").isPresent();
            }
        }
        return false;
    }
}
