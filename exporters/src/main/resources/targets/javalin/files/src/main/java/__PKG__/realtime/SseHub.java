package {{package}}.realtime;

import {{package}}.auth.Authenticator;
import {{package}}.auth.Caller;
import {{package}}.web.ApiException;
import {{package}}.web.Envelope;
import {{package}}.web.FieldError;
import {{package}}.web.HttpServer;
import {{package}}.web.JsonBody;
import {{package}}.web.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The SSE channels: {@code GET /api/streams/{channel}} (ids, heartbeats every 15 s, {@code Last-Event-ID}
 * resume from a per-channel buffer), {@code POST …/ticket} and {@code POST …/events} (custom events, by the
 * roles the model allows). Events come from the {@link EventBus}, so a create on any instance reaches the
 * subscribers of every instance.
 */
public final class SseHub implements AutoCloseable {
    private static final int QUEUE = 1_000;
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RETRY = "retry: 3000\n\n".getBytes(StandardCharsets.UTF_8);
    private final Map<String, Channel> channels;
    private final Map<String, Set<SseSubscriber>> subscribers = new ConcurrentHashMap<>();
    /** Recent events per channel for {@code Last-Event-ID} resume. */
    private final Map<String, Deque<Buffered>> buffers = new ConcurrentHashMap<>();
    private final ExecutorService drains = Executors.newFixedThreadPool(4, daemon("sse-drain"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("sse-ping"));
    private final Authenticator authenticator;
    private final StreamTickets tickets;
    private final Realtime realtime;

    public SseHub(Realtime realtime, EventBus bus, Authenticator authenticator, StreamTickets tickets) {
        this.realtime = realtime;
        this.channels = realtime.channels().stream().filter(c -> !c.websocket())
                .collect(Collectors.toMap(Channel::name, c -> c));
        this.authenticator = authenticator;
        this.tickets = tickets;
        channels.keySet().forEach(name -> {
            subscribers.put(name, ConcurrentHashMap.newKeySet());
            buffers.put(name, new ArrayDeque<>());
        });
        bus.listen(this::deliver);
        heartbeat.scheduleAtFixedRate(() -> subscribers.values().forEach(set -> set.forEach(s -> s.offer(PING))),
                15, 15, TimeUnit.SECONDS);
    }

    public void register(Router router) {
        router.get("/api/streams/{channel}", this::subscribe);
        router.post("/api/streams/{channel}/ticket", this::ticket);
        router.post("/api/streams/{channel}/events", this::publish);
    }

    private Channel channel(Context ctx) {
        Channel channel = channels.get(ctx.pathParam("channel"));
        if (channel == null) {
            throw new ApiException(404, "No route for " + ctx.method().name() + " " + ctx.path());
        }
        return channel;
    }

    /** The listener: a valid ticket, or the request's own credentials; 401 when the channel needs one. */
    private Caller listener(Context ctx, Channel channel) {
        String ticket = ctx.queryParam("ticket");
        Caller caller = ticket != null ? tickets.redeem(ticket, channel.name())
                .orElseThrow(ApiException::invalidCredentials) : authenticator.caller(ctx);
        if (channel.authRequired() && caller == null) {
            throw ApiException.authenticationRequired();
        }
        return caller;
    }

    private void subscribe(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        listener(ctx, channel);
        Long resumeFrom = lastEventId(ctx.header("Last-Event-ID"));
        ctx.req().startAsync().setTimeout(0);
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        CompletableFuture<Void> ended = new CompletableFuture<>();
        SseSubscriber subscriber = new SseSubscriber(res.getOutputStream(), QUEUE, drains, closed -> {
            subscribers.get(channel.name()).remove(closed);
            ended.complete(null);
        });
        ctx.future(() -> ended);
        synchronized (buffers.get(channel.name())) {
            if (resumeFrom != null) {
                buffers.get(channel.name()).stream().filter(b -> b.id() > resumeFrom)
                        .forEach(b -> subscriber.offer(b.frame()));
            }
            subscribers.get(channel.name()).add(subscriber);
        }
        // The reconnection delay for EventSource. Written on connect (only now that the subscriber is
        // registered), it also sets the stream's write path up, so the first broadcast to many fresh streams is
        // not the slow one.
        subscriber.offer(RETRY);
        res.flushBuffer();
        subscriber.start();
    }

    private void ticket(Context ctx) {
        Channel channel = channel(ctx);
        Caller caller = authenticator.caller(ctx);
        if (caller == null) {
            throw ApiException.authenticationRequired();
        }
        ctx.json(Envelope.ok(Map.of("ticket", tickets.issue(channel.name(), caller), "expiresIn",
                StreamTickets.LIFETIME_SECONDS), HttpServer.requestId(ctx)));
    }

    private void publish(Context ctx) {
        Channel channel = channel(ctx);
        Caller caller = authenticator.caller(ctx);
        if (channel.authRequired() || !channel.publishRoles().isEmpty()) {
            if (caller == null) {
                throw ApiException.authenticationRequired();
            }
            if (!channel.publishRoles().isEmpty() && !caller.hasAnyRole(channel.publishRoles())) {
                throw ApiException.forbidden();
            }
        }
        ObjectNode body = JsonBody.object(ctx);
        JsonNode event = body.get("event");
        if (event == null || event.isNull()) {
            throw ApiException.validation(List.of(new FieldError("event", "is required")));
        }
        if (!event.isTextual()) {
            throw ApiException.invalid(List.of(new FieldError("event", "must be a string")));
        }
        if (!channel.customEvents().contains(event.asText())) {
            throw ApiException.validation(List.of(new FieldError("event", "must be one of: "
                    + String.join(", ", channel.customEvents()))));
        }
        long id = realtime.publishCustom(channel, event.asText(), body.get("data"));
        ctx.status(202).json(Envelope.ok(Map.of("id", id), HttpServer.requestId(ctx)));
    }

    /** A bus message for an SSE channel: encoded once, buffered for resume, offered to every subscriber. */
    private void deliver(JsonNode message) {
        if (!"sse".equals(message.path("kind").asText())) {
            return;
        }
        String name = message.path("channel").asText();
        Channel channel = channels.get(name);
        if (channel == null) {
            return;
        }
        long id = message.path("id").asLong();
        byte[] frame = ("id: " + id + "\nevent: " + message.path("event").asText() + "\ndata: "
                + message.path("data") + "\n\n").getBytes(StandardCharsets.UTF_8);
        synchronized (buffers.get(name)) {
            if (channel.resumeBuffer() > 0) {
                buffers.get(name).addLast(new Buffered(id, frame));
                while (buffers.get(name).size() > channel.resumeBuffer()) {
                    buffers.get(name).removeFirst();
                }
            }
            subscribers.get(name).forEach(s -> s.offer(frame));
        }
    }

    private record Buffered(long id, byte[] frame) {
    }

    private static Long lastEventId(String header) {
        try {
            return header == null || header.isBlank() ? null : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        subscribers.values().forEach(set -> set.forEach(SseSubscriber::close));
        drains.shutdown();
    }
}
