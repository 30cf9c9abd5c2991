package dev.stackbench.server.realtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The id counter and bounded resume buffer of one channel. Ids increase by one per event, so a client that
 * reconnects with {@code Last-Event-ID: n} is owed exactly the buffered events whose id is above {@code n}.
 */
final class EventLog {
    private final Deque<StreamEvent> recent = new ArrayDeque<>();
    private volatile int capacity;
    private long lastId;

    EventLog(int capacity) {
        this.capacity = capacity;
    }

    /** Assigns the next id and keeps the event for resuming (dropping the oldest beyond the capacity). */
    synchronized StreamEvent append(String event, String data) {
        StreamEvent next = new StreamEvent(++lastId, event, data);
        recent.addLast(next);
        trim();
        return next;
    }

    /** The buffered events after {@code lastSeenId}, oldest first; older ones than the buffer holds are gone. */
    synchronized List<StreamEvent> after(long lastSeenId) {
        List<StreamEvent> missed = new ArrayList<>();
        for (StreamEvent e : recent) {
            if (e.id() > lastSeenId) {
                missed.add(e);
            }
        }
        return missed;
    }

    synchronized long lastId() {
        return lastId;
    }

    /** A model edit may change the buffer size; ids carry on so open clients keep resuming correctly. */
    synchronized void resize(int newCapacity) {
        capacity = newCapacity;
        trim();
    }

    private void trim() {
        while (recent.size() > capacity) {
            recent.removeFirst();
        }
    }
}
