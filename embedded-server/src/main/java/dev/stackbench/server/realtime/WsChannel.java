package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Channel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live state of one WebSocket channel: open connections and rooms, and the rules for each client frame.
 * Every refused frame is answered with an {@code error} frame; nothing a client sends can end the server.
 */
final class WsChannel implements LiveChannel {
    private static final int GOING_AWAY = 1001;

    private final WsFrames frames;
    private final StreamLog log;
    private final Set<WsConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<WsConnection>> rooms = new ConcurrentHashMap<>();
    private volatile Channel model;

    WsChannel(Channel model, WsFrames frames, StreamLog log) {
        this.model = model;
        this.frames = frames;
        this.log = log;
    }

    @Override
    public Channel model() {
        return model;
    }

    @Override
    public void update(Channel changed) {
        model = changed;
    }

    void open(WsConnection connection) {
        connections.add(connection);
    }

    /** Forgets a closed socket; false when it was already forgotten. */
    boolean closed(WsConnection connection) {
        boolean present = connections.remove(connection);
        connection.rooms().forEach(room -> removeMember(room, connection));
        return present;
    }

    @Override
    public int size() {
        return connections.size();
    }

    /** Answers {@code sender} with an error frame. */
    void refuse(WsConnection sender, String message) {
        sender.send(frames.error(message));
    }

    /** Handles one text frame from {@code sender}. */
    void receive(WsConnection sender, String text) {
        int max = model.maxMessageBytes();
        if (text.length() > max || text.getBytes(StandardCharsets.UTF_8).length > max) {
            sender.send(frames.error("Message too large: at most " + max + " bytes"));
            return;
        }
        try {
            dispatch(sender, frames.parse(text));
        } catch (WsFrames.BadFrame bad) {
            sender.send(frames.error(bad.getMessage()));
        }
    }

    private void dispatch(WsConnection sender, WsFrame frame) throws WsFrames.BadFrame {
        switch (frame.type()) {
            case JOIN -> join(sender, requireRoom(frame));
            case LEAVE -> leave(sender, joinedRoom(sender, frame));
            case MESSAGE -> message(sender, frame);
            case DIRECT -> direct(sender, frame);
            case EVENT -> customEvent(sender, frame);
            default -> throw new WsFrames.BadFrame("Clients cannot send " + frame.type().wire() + " frames");
        }
    }

    private void join(WsConnection sender, String room) {
        if (sender.rooms().add(room)) {
            rooms.compute(room, (name, members) -> {
                Set<WsConnection> set = members == null ? ConcurrentHashMap.newKeySet() : members;
                set.add(sender);
                return set;
            });
        }
        toRoom(room, frames.write(WsFrame.Type.JOIN, room, sender.peer(), null), null);
    }

    private void leave(WsConnection sender, String room) {
        toRoom(room, frames.write(WsFrame.Type.LEAVE, room, sender.peer(), null), null);
        sender.rooms().remove(room);
        removeMember(room, sender);
    }

    private void message(WsConnection sender, WsFrame frame) throws WsFrames.BadFrame {
        requireClientsSend();
        String room = joinedRoom(sender, frame);
        toRoom(room, frames.write(WsFrame.Type.MESSAGE, room, sender.peer(), requireData(frame)), null);
    }

    private void direct(WsConnection sender, WsFrame frame) throws WsFrames.BadFrame {
        requireClientsSend();
        if (frame.to() == null) {
            throw new WsFrames.BadFrame("to is required: the id of the user to message");
        }
        String text = frames.write(WsFrame.Type.DIRECT, null, sender.peer(), requireData(frame));
        log.record("websocket", RealtimeHub.path(model), "direct", text);
        int delivered = 0;
        for (WsConnection c : connections) {
            if (frame.to().equals(c.peer().id())) {
                c.send(text);
                delivered++;
            }
        }
        if (delivered == 0) {
            throw new WsFrames.BadFrame("User " + frame.to() + " is not connected to this channel");
        }
    }

    /** A custom client event (e.g. typing): relayed to the rest of the room, not echoed to the sender. */
    private void customEvent(WsConnection sender, WsFrame frame) throws WsFrames.BadFrame {
        String room = joinedRoom(sender, frame);
        JsonNode name = frame.data() == null ? null : frame.data().get("type");
        if (name == null || !name.isTextual() || !model.customEvents().contains(name.asText())) {
            throw new WsFrames.BadFrame("Unknown event; this channel accepts: "
                    + String.join(", ", model.customEvents()));
        }
        toRoom(room, frames.write(WsFrame.Type.EVENT, room, sender.peer(), frame.data()), sender);
    }

    /** A server event (an entity change) for every connection of the channel. */
    void broadcastEvent(JsonNode payload) {
        String text = frames.write(WsFrame.Type.EVENT, null, null, payload);
        log.record("websocket", RealtimeHub.path(model), "event", text);
        connections.forEach(c -> c.send(text));
    }

    /** Ends every socket with 1001 "going away": the server stops or the channel left the model. */
    @Override
    public void end(String reason) {
        connections.forEach(c -> c.close(GOING_AWAY, reason));
    }

    private void toRoom(String room, String text, WsConnection except) {
        log.record("websocket", RealtimeHub.path(model), room, text);
        for (WsConnection c : members(room)) {
            if (c != except) {
                c.send(text);
            }
        }
    }

    private Set<WsConnection> members(String room) {
        return rooms.getOrDefault(room, Set.of());
    }

    /** Atomically drops an emptied room so room names chosen by clients do not pile up. */
    private void removeMember(String room, WsConnection connection) {
        rooms.computeIfPresent(room, (name, members) -> {
            members.remove(connection);
            return members.isEmpty() ? null : members;
        });
    }

    private void requireClientsSend() throws WsFrames.BadFrame {
        if (!model.clientsSend()) {
            throw new WsFrames.BadFrame("This channel does not accept messages from clients");
        }
    }

    private static String requireRoom(WsFrame frame) throws WsFrames.BadFrame {
        if (frame.room() == null) {
            throw new WsFrames.BadFrame("room is required");
        }
        return frame.room();
    }

    private static String joinedRoom(WsConnection sender, WsFrame frame) throws WsFrames.BadFrame {
        String room = requireRoom(frame);
        if (!sender.rooms().contains(room)) {
            throw new WsFrames.BadFrame("Join room " + room + " first");
        }
        return room;
    }

    private static JsonNode requireData(WsFrame frame) throws WsFrames.BadFrame {
        if (frame.data() == null) {
            throw new WsFrames.BadFrame("data is required");
        }
        return frame.data();
    }
}
