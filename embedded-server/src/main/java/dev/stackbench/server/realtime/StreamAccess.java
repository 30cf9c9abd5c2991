package dev.stackbench.server.realtime;

import dev.stackbench.model.Channel;
import dev.stackbench.server.auth.AuthOutcome;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.http.HttpAuthenticator;
import dev.stackbench.server.rest.ApiException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a stream or socket: a single-use {@code ?ticket=} first (browsers cannot send headers), else the
 * bearer token or session cookie the core's authenticator resolves. Also checks the {@code Host} header
 * against loopback names (DNS rebinding) and a WebSocket's {@code Origin} against the CORS list.
 */
final class StreamAccess {
    /** The peer of a socket or stream opened without credentials on a channel that does not need them. */
    static final Caller ANONYMOUS = new Caller(null, "anonymous", List.of());

    private final HttpAuthenticator authenticator;
    private final StreamTickets<Caller> tickets;

    StreamAccess(HttpAuthenticator authenticator, StreamTickets<Caller> tickets) {
        this.authenticator = authenticator;
        this.tickets = tickets;
    }

    /** The caller proven by a bearer token or session cookie; empty when none was sent, 401 when bad. */
    private Optional<Caller> caller(Context ctx) {
        AuthOutcome outcome = authenticator.authenticate(ctx);
        if (outcome.kind() == AuthOutcome.Kind.INVALID) {
            throw ApiException.invalidCredentials();
        }
        return outcome.callerIfAny();
    }

    /** The peer of a stream request on {@code channel}, refusing with 401 when the channel needs auth. */
    Caller peer(Context ctx, Channel channel, String path) {
        String ticket = ctx.queryParam("ticket");
        if (ticket != null) {
            return tickets.redeem(path, ticket).orElseThrow(ApiException::invalidCredentials);
        }
        Optional<Caller> caller = caller(ctx);
        if (caller.isEmpty() && channel.authRequired()) {
            throw ApiException.authenticationRequired();
        }
        return caller.orElse(ANONYMOUS);
    }

    /** The authenticated caller, or a 401. */
    Caller required(Context ctx) {
        return caller(ctx).orElseThrow(ApiException::authenticationRequired);
    }

    String ticket(String path, Caller peer) {
        return tickets.issue(path, peer);
    }

    /** 421 unless {@code Host} names this server on loopback, so a rebound DNS name cannot reach it. */
    static void checkHost(Context ctx) {
        String host = ctx.header("Host");
        int port = ctx.req().getLocalPort();
        if (host == null || !Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
                .contains(host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(421, "Host not allowed");
        }
    }

    /** 403 unless {@code Origin} is absent (a non-browser client) or one of the model's CORS origins. */
    static void checkOrigin(Context ctx, List<String> corsOrigins) {
        String origin = ctx.header("Origin");
        if (origin != null && !corsOrigins.contains(origin)) {
            throw ApiException.forbidden();
        }
    }
}
