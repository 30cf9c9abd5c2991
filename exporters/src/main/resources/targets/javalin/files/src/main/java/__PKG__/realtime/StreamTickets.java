package {{package}}.realtime;

import {{package}}.auth.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import redis.clients.jedis.JedisPooled;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived, single-use stream tickets: EventSource cannot send headers, so a browser asks for a ticket with its
 * credentials and opens the stream with {@code ?ticket=}. Kept in Redis when configured (any instance can redeem
 * it), in memory otherwise.
 */
public final class StreamTickets {
    public static final int LIFETIME_SECONDS = 30;
    private record Entry(String channel, Caller caller, Instant expires) {
    }

    private final JedisPooled redis;
    private final ObjectMapper json;
    private final Map<String, Entry> local = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public StreamTickets(JedisPooled redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public String issue(String channel, Caller caller) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Entry entry = new Entry(channel, caller, Instant.now().plusSeconds(LIFETIME_SECONDS));
        if (redis == null) {
            local.entrySet().removeIf(e -> e.getValue().expires().isBefore(Instant.now()));
            local.put(ticket, entry);
        } else {
            try {
                redis.setex("ticket:" + ticket, LIFETIME_SECONDS, json.writeValueAsString(entry));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ticket;
    }

    /** The caller of a valid ticket for this channel; the ticket is spent either way. */
    public Optional<Caller> redeem(String ticket, String channel) {
        Entry entry;
        if (redis == null) {
            entry = local.remove(ticket);
        } else {
            String value = redis.getDel("ticket:" + ticket);
            try {
                entry = value == null ? null : json.readValue(value, Entry.class);
            } catch (JsonProcessingException e) {
                entry = null;
            }
        }
        return entry == null || !entry.channel().equals(channel) || entry.expires().isBefore(Instant.now())
                ? Optional.empty() : Optional.of(entry.caller());
    }
}
