package dev.stackbench.server.http;

import dev.stackbench.server.auth.AuthOutcome;
import dev.stackbench.server.auth.CredentialService;
import io.javalin.http.Context;

import java.util.function.Supplier;

/**
 * Resolves the caller of a request (also at a WebSocket upgrade) from {@code Authorization: Bearer …} or the
 * session cookie. The result is cached on the context, so the REST layer and realtime read it once.
 */
public final class HttpAuthenticator {
    private static final String ATTRIBUTE = "sb.auth";
    private final Supplier<CredentialService> credentials;

    public HttpAuthenticator(Supplier<CredentialService> credentials) {
        this.credentials = credentials;
    }

    public AuthOutcome authenticate(Context ctx) {
        AuthOutcome cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        AuthOutcome outcome = resolve(ctx);
        ctx.attribute(ATTRIBUTE, outcome);
        return outcome;
    }

    private AuthOutcome resolve(Context ctx) {
        CredentialService service = credentials.get();
        String header = RequestHeaders.get(ctx, "authorization");
        if (header != null && !header.isBlank()) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return AuthOutcome.INVALID;
            }
            return service.verifyBearer(header.substring(7).trim());
        }
        String session = ctx.cookie(service.cookieName());
        if (session != null && !session.isBlank()) {
            return service.verifySession(session);
        }
        return AuthOutcome.ANONYMOUS;
    }
}
