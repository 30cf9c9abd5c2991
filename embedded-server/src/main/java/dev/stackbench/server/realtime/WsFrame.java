package dev.stackbench.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client frame of a WebSocket channel, {@code {type, room, to, data}}, already checked for shape by
 * {@link WsFrames#parse}. {@code data} is any JSON value (null when absent).
 */
record WsFrame(Type type, String room, String to, JsonNode data) {

    enum Type {
        JOIN, LEAVE, MESSAGE, DIRECT, EVENT, ERROR;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
