package dev.stackbench.server.ops;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bounded ring of the latest exchanges and stream events, for the UI (Java listeners) and for tools
 * ({@code GET /_stackbench/traffic}). Oldest entries fall off; listeners run on the recording thread and must be
 * quick (the UI batches onto its own thread).
 */
public final class TrafficRecorder {
    static final int MAX_BODY_CHARS = 4096;
    private final int capacity;
    private final ArrayDeque<TrafficEntry> ring;
    private final List<Consumer<TrafficEntry>> listeners = new CopyOnWriteArrayList<>();
    private long sequence;

    public TrafficRecorder(int capacity) {
        this.capacity = capacity;
        this.ring = new ArrayDeque<>(capacity);
    }

    /** Records an HTTP exchange; returns the stored entry. */
    public TrafficEntry recordExchange(String requestId, String method, String path, Map<String, String> reqHeaders,
                                       String reqBody, int status, Map<String, String> resHeaders, String resBody,
                                       double millis) {
        return add(new TrafficEntry(0, "http", Instant.now(), requestId, method, path, reqHeaders, cut(reqBody),
                status, resHeaders, cut(resBody), millis));
    }

    /** Records an event sent on a stream (SSE or WebSocket); realtime calls this for every event it sends. */
    public TrafficEntry recordStreamEvent(String transport, String channel, String event, String data) {
        return add(new TrafficEntry(0, "stream", Instant.now(), null, transport, channel, Map.of(), event, 0,
                Map.of(), cut(data), 0));
    }

    private TrafficEntry add(TrafficEntry raw) {
        TrafficEntry entry;
        synchronized (ring) {
            entry = new TrafficEntry(++sequence, raw.kind(), raw.at(), raw.requestId(), raw.method(), raw.path(),
                    raw.requestHeaders(), raw.requestBody(), raw.status(), raw.responseHeaders(),
                    raw.responseBody(), raw.millis());
            if (ring.size() == capacity) {
                ring.removeFirst();
            }
            ring.addLast(entry);
        }
        listeners.forEach(l -> l.accept(entry));
        return entry;
    }

    /** The recorded entries, oldest first. */
    public List<TrafficEntry> snapshot() {
        synchronized (ring) {
            return new ArrayList<>(ring);
        }
    }

    public void clear() {
        synchronized (ring) {
            ring.clear();
        }
    }

    /** Adds a listener called for every new entry; closing the handle removes it. */
    public AutoCloseable addListener(Consumer<TrafficEntry> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static String cut(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "…";
    }
}
