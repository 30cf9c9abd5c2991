package dev.stackbench.server.realtime;

import dev.stackbench.model.Channel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live state of one SSE channel: its event log and open subscribers. Publishing and subscribing share one
 * lock, so a client that subscribes with a {@code Last-Event-ID} gets every event exactly once: the missed ones
 * from the buffer, the later ones from the fan-out.
 */
final class SseChannel implements LiveChannel {
    private final EventLog log;
    private final Set<SseSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile Channel model;

    SseChannel(Channel model) {
        this.model = model;
        this.log = new EventLog(model.resumeBuffer());
    }

    @Override
    public Channel model() {
        return model;
    }

    /** Takes a model edit (renamed, new entities, other buffer size) without dropping open streams. */
    @Override
    public void update(Channel changed) {
        model = changed;
        log.resize(changed.resumeBuffer());
    }

    /** Appends an event and queues it for every subscriber; never blocks on a client. */
    synchronized StreamEvent publish(String event, String data) {
        StreamEvent appended = log.append(event, data);
        byte[] frame = appended.wire();
        for (SseSubscriber s : subscribers) {
            s.offer(frame);
        }
        return appended;
    }

    /** Registers {@code subscriber}, first queueing what it missed after {@code lastEventId} (null: nothing). */
    synchronized void subscribe(SseSubscriber subscriber, Long lastEventId) {
        if (lastEventId != null) {
            List<StreamEvent> missed = log.after(lastEventId);
            missed.forEach(e -> subscriber.offer(e.wire()));
        }
        subscribers.add(subscriber);
    }

    void unsubscribe(SseSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    @Override
    public int size() {
        return subscribers.size();
    }

    /** A heartbeat comment to every stream: keeps proxies from timing out, and finds clients that left. */
    void ping() {
        subscribers.forEach(SseSubscriber::ping);
    }

    /** Each stream gets a final {@code close} event after what it already has queued, then ends. */
    @Override
    public void end(String reason) {
        byte[] lastFrame = ("event: close\ndata: {\"type\":\"close\",\"message\":\"" + reason + "\"}\n\n")
                .getBytes(StandardCharsets.UTF_8);
        subscribers.forEach(s -> s.finish(lastFrame));
    }
}
