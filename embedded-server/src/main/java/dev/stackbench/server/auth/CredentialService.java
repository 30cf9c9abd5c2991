package dev.stackbench.server.auth;

import dev.stackbench.model.AuthConfig;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issues and checks credentials: JWT access tokens with rotating refresh tokens, and cookie sessions. The
 * REST auth routes and the OAuth callback (realtime engineer's {@code oauth} package) both call this, so a
 * login looks the same whichever way it happened.
 */
public final class CredentialService {
    private final JwtService jwt;
    private final RefreshTokens refreshTokens;
    private final Sessions sessions;
    private final AuthConfig auth;

    public CredentialService(AuthConfig auth) {
        this.auth = auth;
        this.jwt = new JwtService(auth.jwt());
        this.refreshTokens = new RefreshTokens(Duration.ofDays(auth.jwt().refreshTokenDays()));
        this.sessions = new Sessions(Duration.ofMinutes(auth.session().idleTimeoutMinutes()),
                Duration.ofHours(auth.session().absoluteTimeoutHours()));
    }

    /** A new access token and a refresh token starting a new family. */
    public TokenPair issueTokens(Caller caller) {
        String refresh = auth.jwt().refreshTokens() ? refreshTokens.start(caller.id()) : null;
        return new TokenPair(jwt.issue(caller), refresh, "Bearer", jwt.lifetimeSeconds());
    }

    /**
     * Spends a refresh token and returns a new pair for the user {@code users} finds (fresh roles and name);
     * empty for an unknown, expired, revoked or reused token (reuse revokes the family).
     */
    public Optional<TokenPair> refresh(String refreshToken, Function<String, Optional<Caller>> users) {
        return refreshTokens.rotate(refreshToken).flatMap(rotation -> users.apply(rotation.userId())
                .map(caller -> new TokenPair(jwt.issue(caller), rotation.refreshToken(), "Bearer",
                        jwt.lifetimeSeconds())));
    }

    public void revokeRefreshToken(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    /** Opens a session with a brand-new id; the caller of this sets the cookie. */
    public String openSession(Caller caller) {
        return sessions.open(caller);
    }

    public void closeSession(String sessionId) {
        sessions.close(sessionId);
    }

    public AuthOutcome verifyBearer(String token) {
        return jwt.verify(token).map(AuthOutcome::of).orElse(AuthOutcome.INVALID);
    }

    public AuthOutcome verifySession(String sessionId) {
        return sessions.touch(sessionId).map(AuthOutcome::of).orElse(AuthOutcome.INVALID);
    }

    public String cookieName() {
        return auth.session().cookieName();
    }

    public String sameSite() {
        return auth.session().sameSite();
    }

    /** The {@code Set-Cookie} value that hands a session id to the browser. */
    public String sessionCookie(String sessionId, boolean secure) {
        return cookieName() + "=" + sessionId + "; Path=/; HttpOnly; SameSite=" + sameSite() + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that removes the session cookie. */
    public String clearedSessionCookie(boolean secure) {
        return cookieName() + "=; Path=/; Max-Age=0; HttpOnly; SameSite=" + sameSite() + (secure ? "; Secure" : "");
    }
}
