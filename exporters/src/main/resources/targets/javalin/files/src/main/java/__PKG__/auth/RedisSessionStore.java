package {{package}}.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import redis.clients.jedis.JedisPooled;

import java.util.Optional;

/** Sessions in Redis, expiring after the idle timeout, so any instance can serve any signed-in user. */
public final class RedisSessionStore implements SessionStore {
    private final JedisPooled redis;
    private final ObjectMapper json;

    public RedisSessionStore(JedisPooled redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public void put(String id, Session session, long idleSeconds) {
        try {
            redis.setex(key(id), idleSeconds, json.writeValueAsString(session));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session not serialisable", e);
        }
    }

    @Override
    public Optional<Session> get(String id) {
        String value = redis.get(key(id));
        try {
            return value == null ? Optional.empty() : Optional.of(json.readValue(value, Session.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remove(String id) {
        redis.del(key(id));
    }

    private static String key(String id) {
        return "session:" + RefreshTokens.hash(id);
    }
}
