package dev.stackbench.app.playground;

import java.util.function.Consumer;

/**
 * Incremental parser of a {@code text/event-stream} (WHATWG rules): feed it lines, it emits an event at each
 * blank line. Comments (heartbeats) are reported separately so the viewer can show liveness without rows.
 */
public final class SseParser {
    private final Consumer<SseEvent> onEvent;
    private final Runnable onComment;
    private final StringBuilder data = new StringBuilder();
    private String id;
    private String event;
    private String lastEventId;

    public SseParser(Consumer<SseEvent> onEvent, Runnable onComment) {
        this.onEvent = onEvent;
        this.onComment = onComment;
    }

    public void line(String line) {
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(":")) {
            onComment.run();
        } else {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            accept(field, value);
        }
    }

    private void accept(String field, String value) {
        switch (field) {
            case "data" -> data.append(data.length() == 0 ? "" : "\n").append(value);
            case "event" -> event = value;
            case "id" -> id = value;
            default -> { } // "retry" and unknown fields carry nothing the viewer shows
        }
    }

    private void dispatch() {
        if (id != null) {
            lastEventId = id;
        }
        if (data.length() > 0 || event != null) {
            onEvent.accept(new SseEvent(id == null ? lastEventId : id, event == null ? "message" : event,
                    data.toString()));
        }
        data.setLength(0);
        id = null;
        event = null;
    }

    /** The id to send as {@code Last-Event-ID} when reconnecting. */
    public String lastEventId() {
        return lastEventId;
    }

    public record SseEvent(String id, String event, String data) {
    }
}
