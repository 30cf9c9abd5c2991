package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Project;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.ops.ServerMetrics;
import dev.stackbench.server.rest.ApiException;
import dev.stackbench.server.rest.Envelope;
import dev.stackbench.server.rest.FieldError;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The SSE side: {@code GET /api/streams/{channel}}, {@code POST …/ticket} and {@code POST …/events}.
 * Checks (channel, credentials, resume id) happen before the stream opens, so refusals are normal envelopes.
 */
final class StreamRoutes {
    /** Queued events per subscriber before it counts as too slow and is disconnected. */
    static final int SUBSCRIBER_QUEUE = 1024;
    private static final byte[] RETRY = "retry: 3000\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final RealtimeHub hub;
    private final StreamAccess access;
    private final ObjectMapper json;
    private final Supplier<Project> project;
    private final ServerMetrics metrics;

    StreamRoutes(RealtimeHub hub, StreamAccess access, ObjectMapper json, Supplier<Project> project,
                 ServerMetrics metrics) {
        this.hub = hub;
        this.access = access;
        this.json = json;
        this.project = project;
        this.metrics = metrics;
    }

    void subscribe(Context ctx) throws IOException {
        String path = ctx.pathParam("channel");
        SseChannel channel = hub.sse(path).orElseThrow(() -> noRoute(ctx));
        access.peer(ctx, channel.model(), path);
        Long lastEventId = lastEventId(ctx.header("Last-Event-ID"));
        // Async is started here (Javalin then reuses it) so the body can switch to non-blocking writes.
        ctx.req().startAsync().setTimeout(0);
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        CompletableFuture<Void> ended = new CompletableFuture<>();
        SseSubscriber subscriber = new SseSubscriber(res.getOutputStream(), SUBSCRIBER_QUEUE, hub.drains(),
                closed -> {
                    channel.unsubscribe(closed);
                    metrics.streamClosed("sse");
                    ended.complete(null);
                });
        ctx.future(() -> ended);
        metrics.streamOpened("sse");
        channel.subscribe(subscriber, lastEventId);
        // The reconnection delay a browser's EventSource should use. Written on connect (only now that the
        // subscriber is registered), it also sets the stream's write path up, so the first broadcast to many
        // fresh streams is not the slow one.
        subscriber.offer(RETRY);
        // Headers go out only once the subscriber is registered: a client that saw 200 misses nothing.
        res.flushBuffer();
        subscriber.start();
    }

    /** A resume id the server never sent (not a number) is treated as a fresh connection. */
    private static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void ticket(Context ctx) {
        String path = ctx.pathParam("channel");
        hub.channel(path).orElseThrow(() -> noRoute(ctx));
        Caller peer = access.required(ctx);
        answer(ctx, 200, new Ticket(access.ticket(path, peer), StreamTickets.LIFETIME.toSeconds()));
    }

    void publish(Context ctx) {
        String path = ctx.pathParam("channel");
        SseChannel channel = hub.sse(path).orElseThrow(() -> noRoute(ctx));
        checkPublisher(ctx, channel.model());
        JsonNode body = body(ctx);
        JsonNode event = body.get("event");
        if (event == null || event.isNull()) {
            throw ApiException.validation(List.of(new FieldError("event", "is required")));
        }
        if (!event.isTextual()) {
            throw ApiException.invalid(List.of(new FieldError("event", "must be a string")));
        }
        if (!channel.model().customEvents().contains(event.asText())) {
            throw ApiException.validation(List.of(new FieldError("event",
                    "must be one of: " + String.join(", ", channel.model().customEvents()))));
        }
        long id = hub.publish(channel, event.asText(), body.get("data"));
        answer(ctx, 202, Map.of("id", id));
    }

    /** With auth on, a publisher must be signed in and hold one of {@code publishRoles} (empty: any role). */
    private void checkPublisher(Context ctx, Channel channel) {
        if (!project.get().auth().enabled()) {
            return;
        }
        Caller caller = access.required(ctx);
        if (!channel.publishRoles().isEmpty() && caller.roles().stream().noneMatch(channel.publishRoles()::contains)) {
            throw ApiException.forbidden();
        }
    }

    private JsonNode body(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(400, "Malformed JSON body");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "Request body must be a JSON object");
        }
        return body;
    }

    /** An enveloped success, with the request id the middleware assigned. */
    private void answer(Context ctx, int status, Object data) {
        ctx.status(status).contentType("application/json")
                .result(Envelope.ok(json.valueToTree(data), ctx.res().getHeader("X-Request-Id")).toString());
    }

    /** The answer of the ticket route. */
    record Ticket(String ticket, long expiresIn) {
    }

    static ApiException noRoute(Context ctx) {
        return new ApiException(404, "No route for " + ctx.method() + " " + ctx.path());
    }
}
