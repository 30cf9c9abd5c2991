package {{package}}.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Cookie sessions: a fresh random id at every login (no fixation), HttpOnly and SameSite always, Secure and the
 * {@code __Host-} prefix when the app is served over HTTPS; idle and absolute timeouts.
 */
public final class SessionCredentials implements Credentials {
    private final SessionStore store;
    private final String cookieName;
    private final String sameSite;
    private final boolean secure;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random = new SecureRandom();

    public SessionCredentials(SessionStore store, String cookieName, String sameSite, boolean secure, Duration idle,
                              Duration absolute) {
        this.store = store;
        this.cookieName = secure ? "__Host-" + cookieName : cookieName;
        this.sameSite = sameSite;
        this.secure = secure;
        this.idle = idle;
        this.absolute = absolute;
    }

    @Override
    public Issued issue(Caller caller) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        store.put(id, new SessionStore.Session(caller, now, now), idle.toSeconds());
        return new Issued(null, cookie(id, -1));
    }

    @Override
    public Optional<Caller> fromBearer(String token) {
        return Optional.empty();
    }

    @Override
    public Optional<Caller> fromSession(String sessionId) {
        Optional<SessionStore.Session> found = store.get(sessionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Session s = found.get();
        Instant now = Instant.now();
        if (s.started().plus(absolute).isBefore(now) || s.lastSeen().plus(idle).isBefore(now)) {
            store.remove(sessionId);
            return Optional.empty();
        }
        store.put(sessionId, new SessionStore.Session(s.caller(), s.started(), now), idle.toSeconds());
        return Optional.of(s.caller());
    }

    @Override
    public String cookieName() {
        return cookieName;
    }

    @Override
    public String logout(String sessionId) {
        if (sessionId != null) {
            store.remove(sessionId);
        }
        return cookie("", 0);
    }

    private String cookie(String value, int maxAge) {
        return cookieName + "=" + value + "; Path=/; HttpOnly; SameSite=" + sameSite + (secure ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
