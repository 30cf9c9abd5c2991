package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.server.events.EntityEvent;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every real-time channel of the running model. It outlives hot reloads: {@link #update} matches channels by
 * their stable id, so streams and sockets of a channel that still exists stay open while the model changes.
 * Entity changes and published custom events come in here and fan out to the channel's clients.
 */
public final class RealtimeHub {
    private final ObjectMapper json;
    private final WsFrames frames;
    private final StreamLog log;
    private final Map<String, LiveChannel> byId = new ConcurrentHashMap<>();
    private volatile Map<String, String> idByPath = Map.of();
    /**
     * Runs SSE drain tasks on the thread that made the work (publisher, heartbeat or Jetty's write-completion
     * callback): every write is non-blocking, so no hand-off to another thread is needed, as with WebSocket sends.
     */
    private final Executor drains = Runnable::run;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            daemon("sse-heartbeat"));

    RealtimeHub(ObjectMapper json, Project project, StreamLog log, long heartbeatMillis) {
        this.json = json;
        this.frames = new WsFrames(json);
        this.log = log;
        update(project);
        heartbeat.scheduleAtFixedRate(this::ping, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void ping() {
        byId.values().stream().filter(SseChannel.class::isInstance).forEach(c -> ((SseChannel) c).ping());
    }

    Executor drains() {
        return drains;
    }

    /** The URL segment of a channel: {@code Live Posts} → {@code live-posts}. */
    public static String path(Channel channel) {
        return Naming.kebab(channel.name());
    }

    /** Takes a new model: keeps channels whose id and transport survive, opens new ones, ends removed ones. */
    public synchronized void update(Project next) {
        Map<String, String> paths = new HashMap<>();
        byId.entrySet().removeIf(e -> {
            boolean gone = next.channel(e.getKey()).map(c -> c.transport() != e.getValue().model().transport())
                    .orElse(true);
            if (gone) {
                e.getValue().end("The channel was removed from the model");
            }
            return gone;
        });
        for (Channel c : next.channels()) {
            paths.put(path(c), c.id());
            LiveChannel live = byId.get(c.id());
            if (live == null) {
                byId.put(c.id(), c.transport() == Transport.SSE ? new SseChannel(c) : new WsChannel(c, frames, log));
            } else {
                live.update(c);
            }
        }
        this.idByPath = Map.copyOf(paths);
    }

    public Optional<Channel> channel(String path) {
        return live(path).map(LiveChannel::model);
    }

    private Optional<LiveChannel> live(String path) {
        String id = idByPath.get(path);
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    Optional<SseChannel> sse(String path) {
        return live(path).filter(SseChannel.class::isInstance).map(SseChannel.class::cast);
    }

    Optional<WsChannel> ws(String path) {
        return live(path).filter(WsChannel.class::isInstance).map(WsChannel.class::cast);
    }

    /**
     * A row was created, updated or deleted: every channel carrying that entity gets
     * {@code {"type", "resource", "data": row}}.
     */
    void entityChanged(EntityEvent event) {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", event.type());
        payload.put("resource", event.resource());
        payload.set("data", event.row());
        String text = payload.toString();
        for (LiveChannel c : byId.values()) {
            if (!c.model().entityIds().contains(event.entityId())) {
                continue;
            }
            if (c instanceof SseChannel) {
                ((SseChannel) c).publish(event.type(), text);
                log.record("sse", path(c.model()), event.type(), text);
            } else {
                ((WsChannel) c).broadcastEvent(payload);
            }
        }
    }

    /** A custom event published over HTTP: {@code {"type": event, "data": data}}; answers the event id. */
    long publish(SseChannel channel, String event, JsonNode data) {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", event);
        payload.set("data", data);
        String text = payload.toString();
        log.record("sse", path(channel.model()), event, text);
        return channel.publish(event, text).id();
    }

    /**
     * Graceful stop: every stream gets a final {@code close} event, every socket a 1001 close; waits (up to
     * {@code grace}) for them to go out before the caller stops Jetty.
     */
    void stop(Duration grace) {
        byId.values().forEach(c -> c.end("The server is stopping"));
        long deadline = System.nanoTime() + grace.toNanos();
        while (byId.values().stream().anyMatch(c -> c.size() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        heartbeat.shutdownNow();
    }
}
