package dev.stackbench.server.realtime;

import dev.stackbench.model.Channel;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may open a stream or socket: a single-use {@code ?ticket=} first (browsers cannot send headers), else the
 * bearer token or session cookie the core's authenticator resolves. Also checks the {@code Host} header
 * against loopback names (DNS rebinding) and a WebSocket's {@code Origin} against the CORS list.
 */
final class StreamAccess {
    private final Function<Context, Optional<Peer>> authenticator;
    private final StreamTickets<Peer> tickets;

    /** @param authenticator the caller proven by the request's credentials; throws a 401 for bad ones */
    StreamAccess(Function<Context, Optional<Peer>> authenticator, StreamTickets<Peer> tickets) {
        this.authenticator = authenticator;
        this.tickets = tickets;
    }

    /** The peer of a stream request on {@code channel}, refusing with 401 when the channel needs auth. */
    Peer peer(Context ctx, Channel channel, String path) {
        String ticket = ctx.queryParam("ticket");
        if (ticket != null) {
            return tickets.redeem(path, ticket).orElseThrow(Refusal::invalidCredentials);
        }
        Optional<Peer> caller = authenticator.apply(ctx);
        if (caller.isEmpty() && channel.authRequired()) {
            throw Refusal.unauthenticated();
        }
        return caller.orElse(Peer.anonymous());
    }

    /** The authenticated caller, or a 401. */
    Peer required(Context ctx) {
        return authenticator.apply(ctx).orElseThrow(Refusal::unauthenticated);
    }

    String ticket(String path, Peer peer) {
        return tickets.issue(path, peer);
    }

    /** 403 unless {@code Host} names this server on loopback, so a rebound DNS name cannot reach it. */
    static void checkHost(Context ctx) {
        String host = ctx.header("Host");
        int port = ctx.req().getLocalPort();
        if (host == null || !Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
                .contains(host.toLowerCase(Locale.ROOT))) {
            throw Refusal.forbidden();
        }
    }

    /** 403 unless {@code Origin} is absent (a non-browser client) or one of the model's CORS origins. */
    static void checkOrigin(Context ctx, List<String> corsOrigins) {
        String origin = ctx.header("Origin");
        if (origin != null && !corsOrigins.contains(origin)) {
            throw Refusal.forbidden();
        }
    }
}
