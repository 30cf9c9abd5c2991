package {{package}}.realtime;

import {{package}}.auth.Authenticator;
import {{package}}.auth.Caller;
import {{package}}.config.Config;
import {{package}}.web.ApiException;
import {{package}}.web.Router;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The WebSocket channels, {@code /ws/{channel}}: JSON frames {@code {type, room, to, data}} with rooms. Origin,
 * channel and credentials are checked before the upgrade. Every room message goes through the {@link EventBus},
 * so members connected to other instances receive it too. A refused frame is answered with an error frame.
 */
public final class WsHub {
    private static final int MAX_ROOM = 100;
    private static final String PEER = "ws.peer";

    /** One socket: its id (unique across instances), who it is, its rooms. */
    private record Connection(String id, Caller caller, WsContext ctx, Set<String> rooms) {
    }

    private final Map<String, Channel> channels;
    private final Map<String, Map<String, Connection>> connections = new ConcurrentHashMap<>();
    private final EventBus bus;
    private final Authenticator authenticator;
    private final StreamTickets tickets;
    private final Config config;
    private final ObjectMapper json;

    public WsHub(Realtime realtime, EventBus bus, Authenticator authenticator, StreamTickets tickets, Config config,
                 ObjectMapper json) {
        this.channels = realtime.channels().stream().filter(Channel::websocket)
                .collect(Collectors.toMap(Channel::name, c -> c));
        channels.keySet().forEach(name -> connections.put(name, new ConcurrentHashMap<>()));
        this.bus = bus;
        this.authenticator = authenticator;
        this.tickets = tickets;
        this.config = config;
        this.json = json;
        bus.listen(this::deliver);
    }

    public void register(Router router) {
        router.javalin().wsBeforeUpgrade("/ws/{channel}", this::beforeUpgrade);
        router.javalin().ws("/ws/{channel}", this::configure);
    }

    private void beforeUpgrade(Context ctx) {
        Channel channel = channels.get(ctx.pathParam("channel"));
        if (channel == null) {
            throw new ApiException(404, "No route for GET " + ctx.path());
        }
        String origin = ctx.header("Origin");
        if (origin != null && !config.corsOrigins().contains(origin)) {
            throw new ApiException(403, "Origin not allowed");
        }
        String ticket = ctx.queryParam("ticket");
        Caller caller = ticket != null ? tickets.redeem(ticket, channel.name())
                .orElseThrow(ApiException::invalidCredentials) : authenticator.caller(ctx);
        if (channel.authRequired() && caller == null) {
            throw ApiException.authenticationRequired();
        }
        ctx.attribute(PEER, caller == null ? new Caller("anonymous-" + UUID.randomUUID(), "Anonymous",
                java.util.List.of()) : caller);
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Channel channel = channels.get(ctx.pathParam("channel"));
            ctx.session.setMaxTextMessageSize(Math.max(1024 * 1024, channel.maxMessageBytes()));
            Connection c = new Connection(UUID.randomUUID().toString(), ctx.attribute(PEER), ctx,
                    ConcurrentHashMap.newKeySet());
            ctx.attribute("ws.connection", c.id());
            connections.get(channel.name()).put(c.id(), c);
            ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        });
        ws.onMessage(ctx -> receive(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> refuse(ctx, "Binary frames are not supported; send JSON text frames"));
        ws.onClose(ctx -> closed(ctx));
        ws.onError(ctx -> closed(ctx));
    }

    private void closed(WsContext ctx) {
        String id = ctx.attribute("ws.connection");
        Map<String, Connection> open = connections.get(ctx.pathParam("channel"));
        if (id != null && open != null) {
            open.remove(id);
        }
    }

    private void receive(WsContext ctx, String text) {
        Channel channel = channels.get(ctx.pathParam("channel"));
        Connection sender = connections.get(channel.name()).get((String) ctx.attribute("ws.connection"));
        if (sender == null) {
            return;
        }
        try {
            if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > channel.maxMessageBytes()) {
                throw new BadFrame("Message too large: at most " + channel.maxMessageBytes() + " bytes");
            }
            dispatch(channel, sender, parse(text));
        } catch (BadFrame bad) {
            refuse(ctx, bad.getMessage());
        }
    }

    private void dispatch(Channel channel, Connection sender, JsonNode frame) throws BadFrame {
        String type = frame.get("type").asText();
        String room = text(frame, "room");
        JsonNode data = frame.get("data") == null || frame.get("data").isNull() ? null : frame.get("data");
        switch (type) {
            case "join" -> {
                sender.rooms().add(require(room, "room is required"));
                toRoom(channel, room, frame(type, room, sender.caller(), null), null);
            }
            case "leave" -> {
                joined(sender, room);
                toRoom(channel, room, frame(type, room, sender.caller(), null), null);
                sender.rooms().remove(room);
            }
            case "message" -> {
                clientsSend(channel);
                joined(sender, room);
                toRoom(channel, room, frame(type, room, sender.caller(), require(data, "data is required")), null);
            }
            case "direct" -> {
                clientsSend(channel);
                String to = require(text(frame, "to"), "to is required: the id of the user to message");
                ObjectNode message = message(channel, frame("direct", null, sender.caller(),
                        require(data, "data is required")));
                message.put("to", to);
                bus.send(message);
            }
            case "event" -> {
                joined(sender, room);
                JsonNode name = data == null ? null : data.get("type");
                if (name == null || !name.isTextual() || !channel.customEvents().contains(name.asText())) {
                    throw new BadFrame("Unknown event; this channel accepts: " + String.join(", ",
                            channel.customEvents()));
                }
                toRoom(channel, room, frame(type, room, sender.caller(), data), sender.id());
            }
            default -> throw new BadFrame("Unknown frame type " + type);
        }
    }

    private void toRoom(Channel channel, String room, ObjectNode frame, String except) {
        ObjectNode message = message(channel, frame);
        message.put("room", room);
        if (except != null) {
            message.put("except", except);
        }
        bus.send(message);
    }

    private ObjectNode message(Channel channel, ObjectNode frame) {
        ObjectNode message = json.createObjectNode().put("kind", "ws").put("channel", channel.name());
        message.set("frame", frame);
        return message;
    }

    /** A bus message for a WebSocket channel, delivered to this instance's sockets. */
    private void deliver(JsonNode message) {
        String kind = message.path("kind").asText();
        Map<String, Connection> open = connections.get(message.path("channel").asText());
        if (open == null || !kind.startsWith("ws")) {
            return;
        }
        String text = kind.equals("ws-event") ? frame("event", null, null, message.get("data")).toString()
                : message.get("frame").toString();
        String room = message.path("room").isTextual() ? message.get("room").asText() : null;
        String to = message.path("to").isTextual() ? message.get("to").asText() : null;
        String except = message.path("except").asText(null);
        for (Connection c : open.values()) {
            boolean member = kind.equals("ws-event") || room != null && c.rooms().contains(room)
                    || to != null && to.equals(c.caller().id());
            if (member && !c.id().equals(except)) {
                c.ctx().send(text);
            }
        }
    }

    private ObjectNode frame(String type, String room, Caller from, JsonNode data) {
        ObjectNode frame = json.createObjectNode().put("type", type);
        if (room != null) {
            frame.put("room", room);
        }
        if (from != null) {
            frame.putObject("from").put("id", from.id()).put("name", from.name());
        }
        frame.set("data", data);
        return frame;
    }

    private void refuse(WsContext ctx, String message) {
        ctx.send(frame("error", null, null, json.createObjectNode().put("message", message)).toString());
    }

    private JsonNode parse(String text) throws BadFrame {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadFrame("Malformed JSON frame");
        }
        if (root == null || !root.isObject()) {
            throw new BadFrame("A frame must be a JSON object");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new BadFrame("type is required: join, leave, message, direct or event");
        }
        if (type.asText().toLowerCase(Locale.ROOT).equals("error")) {
            throw new BadFrame("Clients cannot send error frames");
        }
        String room = text(root, "room");
        if (room != null && (room.isBlank() || room.length() > MAX_ROOM)) {
            throw new BadFrame("room must be 1 to " + MAX_ROOM + " characters");
        }
        return root;
    }

    /** A string property; numbers are accepted for {@code to} since user ids may be numeric. */
    private static String text(JsonNode root, String name) throws BadFrame {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            throw new BadFrame(name + " must be a string");
        }
        return node.asText();
    }

    private static void joined(Connection sender, String room) throws BadFrame {
        if (!sender.rooms().contains(require(room, "room is required"))) {
            throw new BadFrame("Join room " + room + " first");
        }
    }

    private static void clientsSend(Channel channel) throws BadFrame {
        if (!channel.clientsSend()) {
            throw new BadFrame("This channel does not accept messages from clients");
        }
    }

    private static <T> T require(T value, String message) throws BadFrame {
        if (value == null) {
            throw new BadFrame(message);
        }
        return value;
    }

    /** A frame the channel refuses; its message goes back to the sender in an error frame. */
    private static final class BadFrame extends Exception {
        private static final long serialVersionUID = 1L;

        BadFrame(String message) {
            super(message, null, false, false);
        }
    }
}
