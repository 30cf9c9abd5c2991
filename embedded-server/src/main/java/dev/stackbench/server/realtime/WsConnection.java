package dev.stackbench.server.realtime;

import dev.stackbench.server.auth.Caller;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open socket of a WebSocket channel: who it is, which rooms it joined, and a send path that never blocks.
 * Jetty queues outgoing frames without limit by default; this connection caps the queue and closes a client
 * that falls that far behind (1013 "try again later") rather than letting it eat the server's memory.
 */
final class WsConnection {
    /** Frames that may wait for one client before it counts as too slow. */
    static final int MAX_QUEUED_FRAMES = 1024;
    private static final int TRY_AGAIN_LATER = 1013;

    private final Session session;
    private final Caller peer;
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();

    WsConnection(Session session, Caller peer) {
        this.session = session;
        this.peer = peer;
        session.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
    }

    Caller peer() {
        return peer;
    }

    Set<String> rooms() {
        return rooms;
    }

    /** Queues a text frame; if Jetty refuses it (queue full, socket gone) the connection is closed. */
    void send(String text) {
        if (session.isOpen()) {
            session.sendText(text, Callback.from(() -> { }, failure -> overflow()));
        }
    }

    private void overflow() {
        if (session.isOpen()) {
            session.close(TRY_AGAIN_LATER, "Too slow to keep up", Callback.NOOP);
        }
    }

    void close(int status, String reason) {
        session.close(status, reason, Callback.NOOP);
    }
}
