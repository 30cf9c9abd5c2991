package {{package}}.auth;

import java.util.Optional;

/**
 * How a signed-in user proves who they are on later requests: bearer tokens (JWT) or a session cookie. The
 * strategy is chosen once, in {@code Wiring}.
 */
public interface Credentials {
    /** What a login or register answer carries: tokens for the body, or a cookie to set. */
    record Issued(TokenPair tokens, String sessionCookie) {
    }

    Issued issue(Caller caller);

    /** The caller behind a bearer token or a session id; empty when it is forged, expired or revoked. */
    Optional<Caller> fromBearer(String token);

    Optional<Caller> fromSession(String sessionId);

    /** The session cookie name, or null for token strategies. */
    String cookieName();

    /** Revokes what logout presents (a refresh token or a session id); returns a cookie to clear, or null. */
    String logout(String presented);
}
