package dev.stackbench.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.server.ops.TrafficEntry;
import dev.stackbench.server.rest.ApiException;
import dev.stackbench.server.rest.ApiRequest;
import dev.stackbench.server.rest.ApiResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The catch-all handler: ops endpoints ({@code /health}, {@code /ready}, {@code /metrics},
 * {@code /_stackbench/traffic}) and then the current REST handler, which does routing (404/405), auth,
 * validation and the work. Converts between Javalin's context and the library-free request/response.
 */
final class Dispatcher {
    /** How far past the body limit a request is still read to its end so that its 413 arrives intact. */
    private static final int DRAINED_MULTIPLE = 8;
    private final HostParts parts;

    Dispatcher(HostParts parts) {
        this.parts = parts;
    }

    void dispatch(Context ctx) throws IOException {
        if ("GET".equals(ctx.method().name()) && ops(ctx)) {
            return;
        }
        ApiResponse response = parts.api().get().handle(request(ctx));
        response.headers().forEach(ctx::header);
        if (response.body() == null) {
            ctx.status(response.status());
        } else if (HandlerType.HEAD.equals(ctx.method())) {
            byte[] body = parts.json().writeValueAsBytes(response.body());
            ctx.status(response.status()).contentType("application/json")
                    .header("Content-Length", Integer.toString(body.length));
        } else {
            JavalinHost.json(ctx, response.status(), parts.json().writeValueAsBytes(response.body()));
        }
    }

    private boolean ops(Context ctx) throws IOException {
        switch (ctx.path()) {
            case "/health" -> plain(ctx, 200, parts.json().createObjectNode().put("status", "UP"));
            case "/ready" -> {
                boolean ready = parts.ready().get();
                plain(ctx, ready ? 200 : 503, parts.json().createObjectNode().put("status",
                        ready ? "READY" : "NOT_READY"));
            }
            case "/metrics" -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(parts.metrics().scrape());
            case "/_stackbench/traffic" -> plain(ctx, 200, traffic());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void plain(Context ctx, int status, Object body) throws IOException {
        JavalinHost.json(ctx, status, parts.json().writeValueAsBytes(body));
    }

    private ArrayNode traffic() {
        ArrayNode list = parts.json().createArrayNode();
        for (TrafficEntry entry : parts.traffic().snapshot()) {
            ObjectNode node = parts.json().valueToTree(entry);
            list.add(node);
        }
        return list;
    }

    private ApiRequest request(Context ctx) {
        Map<String, String> headers = RequestHeaders.of(ctx);
        int max = parts.production().get().maxBodyBytes();
        return new ApiRequest(ctx.method().name(), ctx.path(), ctx.queryParamMap(), headers, () -> readBody(ctx, max),
                parts.authenticator().authenticate(ctx), JavalinHost.requestId(ctx), Middleware.clientAddress(ctx));
    }

    /**
     * Reads at most {@code max} bytes; a longer body (declared or actual) is a 413. Up to a few times the limit is
     * read and thrown away first: closing a connection with unread bytes makes the kernel reset it, and the
     * client, still sending, would lose the 413 with it. Anything larger is refused without reading it.
     */
    private static byte[] readBody(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            long drainable = (long) max * DRAINED_MULTIPLE;
            if (declared > max) {
                throw tooLarge(in, declared <= drainable ? declared : 0);
            }
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooLarge(in, drainable);
            }
            ctx.attribute(Recorder.BODY, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 413, after reading and discarding at most {@code drain} more bytes of the body. */
    private static ApiException tooLarge(InputStream in, long drain) throws IOException {
        long left = drain;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                break;
            }
            left -= skipped;
        }
        return new ApiException(413, "Request body too large");
    }
}
