package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Project;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Registers the real-time routes in the server's single Javalin configuration: SSE streams, stream tickets,
 * custom-event publishing and WebSocket channels. The {@link RealtimeHub} it serves outlives route rebuilds.
 */
public final class RealtimeModule {
    /** Heartbeat comment interval of the wire contract. */
    public static final long HEARTBEAT_MILLIS = 15_000;

    private final StreamRoutes streams;
    private final SocketRoutes sockets;

    /**
     * @param authenticator the caller proven by a request's bearer token or session cookie (empty: none sent;
     *                      bad credentials must raise the core's 401)
     */
    public RealtimeModule(RealtimeHub hub, ObjectMapper json, Supplier<Project> project,
                          Function<Context, Optional<Peer>> authenticator, Clock clock, long heartbeatMillis) {
        StreamAccess access = new StreamAccess(authenticator, new StreamTickets<>(clock));
        this.streams = new StreamRoutes(hub, access, json, project, heartbeatMillis);
        this.sockets = new SocketRoutes(hub, access, project, Math.max(1, heartbeatMillis / 1000));
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/streams/{channel}", streams::subscribe);
        routes.post("/api/streams/{channel}/ticket", streams::ticket);
        routes.post("/api/streams/{channel}/events", streams::publish);
        routes.wsBeforeUpgrade("/ws/{channel}", sockets::beforeUpgrade);
        routes.ws("/ws/{channel}", sockets::configure);
    }
}
