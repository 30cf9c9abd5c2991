package dev.stackbench.server.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A row changed through the REST layer. {@code type} is {@code created}, {@code updated} or {@code deleted};
 * {@code entityId} is the model entity's stable id, {@code resource} its URL segment ({@code posts}),
 * {@code rowId} the row's public id as text and {@code row} the row as the API returns it (for a delete, the
 * row as it was).
 */
public record EntityEvent(String type, String entityId, String resource, String rowId, ObjectNode row) {
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
}
