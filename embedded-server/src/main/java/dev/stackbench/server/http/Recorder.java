package dev.stackbench.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger("stackbench.http");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie");
    private final HostParts parts;

    Recorder(HostParts parts) {
        this.parts = parts;
    }

    void after(Context ctx) {
        Long start = ctx.attribute(Middleware.START);
        long nanos = start == null ? 0 : System.nanoTime() - start;
        String method = ctx.method().name();
        int status = ctx.statusCode();
        String route = route(ctx, method);
        parts.metrics().recordRequest(method, route, status, nanos);
        String requestId = JavalinHost.requestId(ctx);
        LOG.info("rid={} {} {} -> {} in {} ms", requestId, method, ctx.path(), status, nanos / 1_000_000);
        if (!route.startsWith("/_stackbench") && !route.equals("/metrics")) {
            byte[] body = ctx.attribute(BODY);
            parts.traffic().recordExchange(requestId, method, ctx.fullUrl().replaceFirst("^https?://[^/]+", ""),
                    requestHeaders(ctx), body == null ? null : new String(body, StandardCharsets.UTF_8), status,
                    responseHeaders(ctx), ctx.result(), nanos / 1e6);
        }
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
        ctx.headerMap().forEach((k, v) -> {
            if (!SECRET_HEADERS.contains(k.toLowerCase(java.util.Locale.ROOT))) {
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
