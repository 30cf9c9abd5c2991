package dev.stackbench.app.playground;

/**
 * Where an SSE or WebSocket connection stands, with the reason when it was refused or closed, so the view can
 * show a coloured badge instead of parsing a sentence.
 */
public record ConnectionState(Phase phase, String detail) {
    public enum Phase { IDLE, CONNECTING, OPEN, CLOSED, REFUSED }

    public ConnectionState {
        detail = detail == null ? "" : detail;
    }

    public static final ConnectionState IDLE = new ConnectionState(Phase.IDLE, "");
    public static final ConnectionState CONNECTING = new ConnectionState(Phase.CONNECTING, "");
    public static final ConnectionState OPEN = new ConnectionState(Phase.OPEN, "");

    public static ConnectionState closed(String why) {
        return new ConnectionState(Phase.CLOSED, why);
    }

    public static ConnectionState refused(String why) {
        return new ConnectionState(Phase.REFUSED, why);
    }

    /** Refused because no connection came up; the cause without the CompletionException wrapper around it. */
    public static ConnectionState refused(Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return refused(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** "Open", "Connecting…", "Refused: HTTP 401", "Closed (1000)". */
    public String text() {
        String word = switch (phase) {
            case IDLE -> "Disconnected";
            case CONNECTING -> "Connecting…";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
            case REFUSED -> "Refused";
        };
        return detail.isEmpty() ? word : word + ": " + detail;
    }
}
