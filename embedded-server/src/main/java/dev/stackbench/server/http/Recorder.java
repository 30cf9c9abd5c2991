package dev.stackbench.server.http;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The "after" stage: one log line per request (with its request id), the request metrics, and the traffic
 * recorder entry. Credentials never reach the recorder: Authorization, Cookie and Set-Cookie are left out.
 */
final class Recorder {
    static final String BODY = "sb.body";
    /** The JSON bytes this server answered with, so the recorder need not read the result stream back. */
    static final String RESPONSE = "sb.response";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie");
    private final HostParts parts;
    private final RequestLog log;

    Recorder(HostParts parts, RequestLog log) {
        this.parts = parts;
        this.log = log;
    }

    void after(Context ctx) {
        Long start = ctx.attribute(Middleware.START);
        long nanos = start == null ? 0 : System.nanoTime() - start;
        String method = ctx.method().name();
        int status = ctx.statusCode();
        String route = route(ctx, method);
        parts.metrics().recordRequest(method, route, status, nanos);
        String requestId = JavalinHost.requestId(ctx);
        log.record(requestId, method, ctx.path(), status, nanos / 1_000_000);
        if (!route.startsWith("/_stackbench") && !route.equals("/metrics")) {
            String query = ctx.queryString();
            parts.traffic().recordExchange(requestId, method, query == null ? ctx.path() : ctx.path() + '?' + query,
                    requestHeaders(ctx), text(ctx.attribute(BODY)), status, responseHeaders(ctx), responseBody(ctx),
                    nanos / 1e6);
        }
    }

    private static String responseBody(Context ctx) {
        byte[] written = ctx.attribute(RESPONSE);
        return written != null ? text(written) : ctx.result();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The route template, so metrics have bounded labels; unknown paths share one label. */
    private String route(Context ctx, String method) {
        String path = ctx.path();
        if (path.equals("/health") || path.equals("/ready") || path.equals("/metrics")
                || path.equals("/_stackbench/traffic")) {
            return path;
        }
        String matched = parts.api().get().routeOf(method, path);
        if (matched != null) {
            return matched;
        }
        String endpoint = ctx.endpoint() == null ? null : ctx.endpoint().path;
        return endpoint == null || endpoint.equals("/<path>") ? "unmatched" : endpoint;
    }

    private static Map<String, String> requestHeaders(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        RequestHeaders.of(ctx).forEach((k, v) -> {
            if (!SECRET_HEADERS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, String> responseHeaders(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ctx.res().getHeaderNames()) {
            if (!SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                out.put(name, ctx.res().getHeader(name));
            }
        }
        return out;
    }
}
