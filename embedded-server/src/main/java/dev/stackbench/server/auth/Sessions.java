package dev.stackbench.server.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by a 256-bit random id (the cookie value), with an idle timeout (renewed on use)
 * and an absolute timeout. Ids are only ever created here, so a login always gets a new id (no fixation).
 */
public final class Sessions {
    private record Session(Caller caller, Instant created, Instant lastSeen) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idle;
    private final Duration absolute;

    public Sessions(Duration idle, Duration absolute) {
        this.idle = idle;
        this.absolute = absolute;
    }

    public String open(Caller caller) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        sessions.put(id, new Session(caller, now, now));
        return id;
    }

    /** The session's caller when it is known and neither idle nor absolute timeout has passed. */
    public Optional<Caller> touch(String id) {
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (now.isAfter(session.lastSeen().plus(idle)) || now.isAfter(session.created().plus(absolute))) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.put(id, new Session(session.caller(), session.created(), now));
        return Optional.of(session.caller());
    }

    public void close(String id) {
        sessions.remove(id);
    }
}
