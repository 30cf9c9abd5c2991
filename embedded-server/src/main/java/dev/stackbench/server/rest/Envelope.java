package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The response envelope of the contract, keys in its order: {@code success, data, error, errors (only when
 * present), meta}. This is the single switch point for the API's error style.
 */
public final class Envelope {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Envelope() {
    }

    public static ObjectNode ok(JsonNode data, String requestId) {
        ObjectNode root = NODES.objectNode();
        root.put("success", true);
        root.set("data", data == null ? NODES.nullNode() : data);
        root.putNull("error");
        root.putObject("meta").put("requestId", requestId);
        return root;
    }

    public static ObjectNode page(ArrayNode rows, String requestId, long total, int page, int limit) {
        ObjectNode root = ok(rows, requestId);
        ((ObjectNode) root.get("meta")).put("total", total).put("page", page).put("limit", limit);
        return root;
    }

    public static ObjectNode failure(String error, List<FieldError> errors, String requestId) {
        ObjectNode root = NODES.objectNode();
        root.put("success", false);
        root.putNull("data");
        root.put("error", error);
        if (!errors.isEmpty()) {
            ArrayNode list = root.putArray("errors");
            errors.forEach(e -> list.addObject().put("field", e.field()).put("message", e.message()));
        }
        root.putObject("meta").put("requestId", requestId);
        return root;
    }
}
