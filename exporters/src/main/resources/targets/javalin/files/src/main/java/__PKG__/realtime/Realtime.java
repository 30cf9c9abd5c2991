package {{package}}.realtime;

import {{package}}.ops.Counters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Turns entity events and custom events into channel messages on the {@link EventBus}. SSE event ids are taken
 * from the shared counters when they are published, so every instance sends the same id for the same event and
 * a client can resume on any instance with {@code Last-Event-ID}.
 */
public final class Realtime implements Events {
    private final EventBus bus;
    private final Counters counters;
    private final List<Channel> channels;
    private final ObjectMapper json;

    public Realtime(EventBus bus, Counters counters, List<Channel> channels, ObjectMapper json) {
        this.bus = bus;
        this.counters = counters;
        this.channels = List.copyOf(channels);
        this.json = json;
    }

    public List<Channel> channels() {
        return channels;
    }

    @Override
    public void publish(String resource, String type, Object row) {
        for (Channel channel : channels) {
            if (channel.resources().contains(resource)) {
                ObjectNode payload = json.createObjectNode().put("type", type).put("resource", resource);
                payload.set("data", json.valueToTree(row));
                send(channel, type, payload);
            }
        }
    }

    /** A custom event published to a channel; returns its id (SSE) or 0 (WebSocket). */
    public long publishCustom(Channel channel, String event, JsonNode data) {
        ObjectNode payload = json.createObjectNode().put("type", event);
        payload.set("data", data);
        return send(channel, event, payload);
    }

    private long send(Channel channel, String event, ObjectNode payload) {
        ObjectNode message = json.createObjectNode().put("channel", channel.name()).put("event", event);
        message.set("data", payload);
        long id = 0;
        if (channel.websocket()) {
            message.put("kind", "ws-event");
        } else {
            id = counters.next("sse:" + channel.name());
            message.put("kind", "sse").put("id", id);
        }
        bus.send(message);
        return id;
    }
}
