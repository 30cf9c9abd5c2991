package {{package}}.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers events to this instance's streams and, when Redis is configured, to every instance: a publish goes
 * to the Redis channel and each instance (this one included) delivers what it receives, so two instances
 * behind one address behave as one. Without Redis, delivery is local.
 */
public final class EventBus implements Events, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private static final String CHANNEL = "app-events";
    private final ObjectMapper json;
    private final JedisPooled redis;
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final JedisPubSub subscription = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
            try {
                deliver(json.readTree(message));
            } catch (java.io.IOException e) {
                LOG.warn("dropped an unreadable event from Redis");
            }
        }
    };

    public EventBus(ObjectMapper json, JedisPooled redis) {
        this.json = json;
        this.redis = redis;
        if (redis != null) {
            Thread t = new Thread(() -> redis.subscribe(subscription, CHANNEL), "redis-events");
            t.setDaemon(true);
            t.start();
            awaitSubscription();
        }
    }

    /** An event: {@code {type, resource, data}} for entities, {@code {type, channel, data}} for custom ones. */
    @Override
    public void publish(String resource, String type, Object row) {
        ObjectNode event = json.createObjectNode();
        event.put("type", type);
        event.put("resource", resource);
        event.set("data", json.valueToTree(row));
        send(event);
    }

    public void send(ObjectNode event) {
        if (redis == null) {
            deliver(event);
        } else {
            redis.publish(CHANNEL, event.toString());
        }
    }

    /** Start-up waits for the Redis subscription, so no event published after start is missed. */
    private void awaitSubscription() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!subscription.isSubscribed() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!subscription.isSubscribed()) {
            throw new IllegalStateException("Redis did not confirm the event subscription within 5 s");
        }
    }

    public void listen(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    private void deliver(JsonNode event) {
        listeners.forEach(l -> l.accept(event));
    }

    @Override
    public void close() {
        if (redis != null && subscription.isSubscribed()) {
            subscription.unsubscribe();
        }
    }
}
