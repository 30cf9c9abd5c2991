package {{package}}.auth;

import java.time.Instant;
import java.util.Optional;

/** Where sessions live: in memory (one instance) or in Redis (several instances behave as one). */
public interface SessionStore {
    /** A session: who, when it started (absolute timeout) and when it was last used (idle timeout). */
    record Session(Caller caller, Instant started, Instant lastSeen) {
    }

    void put(String id, Session session, long idleSeconds);

    Optional<Session> get(String id);

    void remove(String id);
}
