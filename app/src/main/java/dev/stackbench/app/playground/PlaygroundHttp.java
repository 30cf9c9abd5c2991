package dev.stackbench.app.playground;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Sends playground requests with java.net.http and a cookie jar (session auth works like in a browser).
 * Never throws: transport problems come back as a failed {@link HttpResult} the panel can show.
 */
public final class PlaygroundHttp {
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpClient client() {
        return client;
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    public CompletableFuture<HttpResult> send(RequestSpec request) {
        long start = System.nanoTime();
        HttpRequest built;
        try {
            built = build(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(HttpResult.failed("Invalid request: " + e.getMessage(), 0));
        }
        return client.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        return HttpResult.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), millis);
                    }
                    byte[] bytes = response.body();
                    return new HttpResult(response.statusCode(), response.headers().map(),
                            new String(bytes, StandardCharsets.UTF_8), millis, bytes.length, null);
                });
    }

    private static HttpRequest build(RequestSpec request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.hasBody()
                        ? HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)
                        : HttpRequest.BodyPublishers.noBody());
        request.headers().forEach((name, value) -> {
            if (!name.isBlank() && !RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }
}
