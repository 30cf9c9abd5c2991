package dev.stackbench.server.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.server.auth.Caller;

import java.util.Locale;

/**
 * Reads client frames and writes server frames. A frame that cannot be understood raises
 * {@link BadFrame}, whose message goes back to the client in an {@code error} frame.
 */
final class WsFrames {
    static final int MAX_ROOM_LENGTH = 100;

    /** A frame the server refuses; the message is safe to show the client. */
    static final class BadFrame extends Exception {
        BadFrame(String message) {
            super(message, null, false, false);
        }
    }

    private final ObjectMapper json;

    WsFrames(ObjectMapper json) {
        this.json = json;
    }

    WsFrame parse(String text) throws BadFrame {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadFrame("Malformed JSON frame");
        }
        if (root == null || !root.isObject()) {
            throw new BadFrame("A frame must be a JSON object");
        }
        WsFrame.Type type = type(root.get("type"));
        String room = text(root, "room");
        String to = text(root, "to");
        if (room != null && (room.isBlank() || room.length() > MAX_ROOM_LENGTH)) {
            throw new BadFrame("room must be 1 to " + MAX_ROOM_LENGTH + " characters");
        }
        JsonNode data = root.get("data");
        return new WsFrame(type, room, to, data == null || data.isNull() ? null : data);
    }

    private static WsFrame.Type type(JsonNode node) throws BadFrame {
        if (node == null || !node.isTextual()) {
            throw new BadFrame("type is required: join, leave, message, direct or event");
        }
        try {
            WsFrame.Type type = WsFrame.Type.valueOf(node.asText().toUpperCase(Locale.ROOT));
            if (type == WsFrame.Type.ERROR) {
                throw new BadFrame("Clients cannot send error frames");
            }
            return type;
        } catch (IllegalArgumentException e) {
            throw new BadFrame("Unknown frame type " + node.asText());
        }
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

    /** A server frame; {@code from} is added for frames relayed from another client. */
    String write(WsFrame.Type type, String room, Caller from, JsonNode data) {
        ObjectNode frame = json.createObjectNode();
        frame.put("type", type.wire());
        if (room != null) {
            frame.put("room", room);
        }
        if (from != null) {
            ObjectNode sender = frame.putObject("from");
            sender.put("id", from.id());
            sender.put("name", from.name());
        }
        frame.set("data", data);
        return frame.toString();
    }

    String error(String message) {
        ObjectNode data = json.createObjectNode().put("message", message);
        return write(WsFrame.Type.ERROR, null, null, data);
    }

    ObjectMapper json() {
        return json;
    }
}
