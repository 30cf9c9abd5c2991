package {{package}}.auth;

import {{package}}.web.ApiException;
import io.javalin.http.Context;

/**
 * Finds the caller of a request: a bearer token or the session cookie. No credentials is an anonymous caller
 * (null); credentials that do not check out are a 401, never silently anonymous.
 */
public final class Authenticator {
    private final Credentials credentials;

    public Authenticator(Credentials credentials) {
        this.credentials = credentials;
    }

    public Caller caller(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.invalidCredentials();
            }
            return credentials.fromBearer(header.substring(7).trim()).orElseThrow(ApiException::invalidCredentials);
        }
        String session = sessionId(ctx);
        if (session != null) {
            return credentials.fromSession(session).orElseThrow(ApiException::invalidCredentials);
        }
        return null;
    }

    public String sessionId(Context ctx) {
        return credentials.cookieName() == null ? null : ctx.cookie(credentials.cookieName());
    }
}
