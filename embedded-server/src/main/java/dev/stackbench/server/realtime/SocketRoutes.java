package dev.stackbench.server.realtime;

import dev.stackbench.model.Project;
import dev.stackbench.server.ops.ServerMetrics;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;

import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The WebSocket side, {@code /ws/{channel}}. Host, Origin, channel and credentials are checked before the
 * upgrade (a refusal is a plain HTTP 401/403/404); after it, each socket becomes a {@link WsConnection}.
 */
final class SocketRoutes {
    private static final String PEER = "stackbench.ws.peer";
    private static final String BINDING = "stackbench.ws.binding";
    private static final int POLICY_VIOLATION = 1008;
    /** Jetty's own hard limit; larger than any channel's limit so oversize frames get an error frame first. */
    private static final long JETTY_MAX_TEXT = 1024 * 1024;

    private final RealtimeHub hub;
    private final StreamAccess access;
    private final Supplier<Project> project;
    private final ServerMetrics metrics;
    private final long pingSeconds;

    SocketRoutes(RealtimeHub hub, StreamAccess access, Supplier<Project> project, ServerMetrics metrics,
                 long pingSeconds) {
        this.hub = hub;
        this.access = access;
        this.project = project;
        this.metrics = metrics;
        this.pingSeconds = pingSeconds;
    }

    void beforeUpgrade(Context ctx) {
        StreamAccess.checkHost(ctx);
        String path = ctx.pathParam("channel");
        WsChannel channel = hub.ws(path).orElseThrow(() -> StreamRoutes.noRoute(ctx));
        StreamAccess.checkOrigin(ctx, project.get().production().corsOrigins());
        ctx.attribute(PEER, access.peer(ctx, channel.model(), path));
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            WsChannel channel = hub.ws(ctx.pathParam("channel")).orElse(null);
            if (channel == null) {
                ctx.closeSession(POLICY_VIOLATION, "No such channel");
                return;
            }
            ctx.session.setMaxTextMessageSize(Math.max(JETTY_MAX_TEXT, channel.model().maxMessageBytes()));
            WsConnection connection = new WsConnection(ctx.session, ctx.attribute(PEER));
            ctx.attribute(BINDING, new Binding(channel, connection));
            channel.open(connection);
            metrics.streamOpened("websocket");
            ctx.enableAutomaticPings(pingSeconds, TimeUnit.SECONDS);
        });
        ws.onMessage(ctx -> withChannel(ctx, (channel, connection) -> channel.receive(connection, ctx.message())));
        ws.onBinaryMessage(ctx -> withChannel(ctx, (channel, connection) ->
                channel.refuse(connection, "Binary frames are not supported; send JSON text frames")));
        ws.onClose(ctx -> withChannel(ctx, this::closed));
        ws.onError(ctx -> withChannel(ctx, this::closed));
    }

    /** Close and error may both arrive for one socket; only the first one counts. */
    private void closed(WsChannel channel, WsConnection connection) {
        if (channel.closed(connection)) {
            metrics.streamClosed("websocket");
        }
    }

    /** The channel a socket joined at connect time: kept, so a rename by hot reload cannot orphan it. */
    private record Binding(WsChannel channel, WsConnection connection) {
    }

    private static void withChannel(WsContext ctx, BiConsumer<WsChannel, WsConnection> action) {
        Binding binding = ctx.attribute(BINDING);
        if (binding != null) {
            action.accept(binding.channel(), binding.connection());
        }
    }
}
