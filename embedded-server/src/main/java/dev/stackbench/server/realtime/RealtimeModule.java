package dev.stackbench.server.realtime;

import dev.stackbench.server.http.RouteModule;
import dev.stackbench.server.http.ServerServices;
import io.javalin.config.RoutesConfig;

import java.time.Clock;
import java.time.Duration;

/**
 * Plugs the real-time channels into the live server: SSE streams, stream tickets, custom-event publishing and
 * WebSocket channels. Its {@link RealtimeHub} follows hot reloads (channels matched by id) and receives the
 * REST layer's entity events. Found by {@link java.util.ServiceLoader}.
 */
public final class RealtimeModule implements RouteModule {
    /** Heartbeat comment (and WebSocket ping) interval of the wire contract. */
    public static final long HEARTBEAT_MILLIS = 15_000;

    /** How long a stop waits for final events and close frames to leave. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final long heartbeatMillis;
    private RealtimeHub hub;

    public RealtimeModule() {
        this(HEARTBEAT_MILLIS);
    }

    /** A module with another heartbeat interval (tests watch heartbeats without waiting 15 s). */
    public RealtimeModule(long heartbeatMillis) {
        this.heartbeatMillis = heartbeatMillis;
    }

    @Override
    public void register(RoutesConfig routes, ServerServices services) {
        hub = new RealtimeHub(services.json(), services.project(), services.traffic()::recordStreamEvent,
                heartbeatMillis);
        services.model().onChange(hub::update);
        services.events().subscribe(hub::entityChanged);
        StreamAccess access = new StreamAccess(services.authenticator(), new StreamTickets<>(Clock.systemUTC()));
        StreamRoutes streams = new StreamRoutes(hub, access, services.json(), services.model(), services.metrics());
        SocketRoutes sockets = new SocketRoutes(hub, access, services.model(), services.metrics(),
                Math.max(1, heartbeatMillis / 1000));
        routes.get("/api/streams/{channel}", streams::subscribe);
        routes.post("/api/streams/{channel}/ticket", streams::ticket);
        routes.post("/api/streams/{channel}/events", streams::publish);
        routes.wsBeforeUpgrade("/ws/{channel}", sockets::beforeUpgrade);
        routes.ws("/ws/{channel}", sockets::configure);
    }

    /** Graceful stop: a final {@code close} event on every stream, 1001 on every socket. */
    @Override
    public void stop() {
        if (hub != null) {
            hub.stop(STOP_GRACE);
        }
    }
}
