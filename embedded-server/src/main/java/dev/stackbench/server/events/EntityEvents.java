package dev.stackbench.server.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The sink the REST layer publishes row changes to, after the change is committed. Subscribers run on the
 * request thread, so they must hand work off quickly (realtime queues per subscriber); a subscriber that throws
 * never breaks the request or the other subscribers.
 */
public final class EntityEvents {
    private final List<Consumer<EntityEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** Subscribes; closing the returned handle unsubscribes. */
    public AutoCloseable subscribe(Consumer<EntityEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(EntityEvent event) {
        for (Consumer<EntityEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(EntityEvents.class).warn("entity event subscriber failed: {}",
                        e.toString());
            }
        }
    }
}
