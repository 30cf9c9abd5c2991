package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.plan.Column;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Turns a row into the API's JSON object in the contract's order: {@code id}, fields, foreign keys, link-id
 * arrays (empty here, filled by the repository), then {@code createdAt}, {@code updatedAt}. Sensitive fields are
 * not in the select list at all.
 */
final class RowReader {
    private RowReader() {
    }

    /** Reads a row selected with {@link Resource#readable()} as its select list, by position. */
    static ObjectNode read(ResultSet rs, Resource resource, ObjectMapper json) throws SQLException {
        ObjectNode row = json.createObjectNode();
        List<Column> columns = resource.readable();
        boolean linksPlaced = false;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (!linksPlaced && (c.role() == Column.Role.CREATED_AT || c.role() == Column.Role.UPDATED_AT)) {
                placeLinks(row, resource);
                linksPlaced = true;
            }
            put(row, c, rs, i + 1, json);
        }
        if (!linksPlaced) {
            placeLinks(row, resource);
        }
        return row;
    }

    private static void placeLinks(ObjectNode row, Resource resource) {
        for (Link link : resource.links()) {
            row.putArray(link.property());
        }
    }

    /** Adds one linked id to a row read above, as a JSON number when it is one. */
    static void addLink(ObjectNode row, Link link, Object id) {
        ArrayNode ids = (ArrayNode) row.get(link.property());
        if (id instanceof Number n) {
            ids.add(n.longValue());
        } else {
            ids.add(String.valueOf(id));
        }
    }

    private static void put(ObjectNode row, Column c, ResultSet rs, int index, ObjectMapper json)
            throws SQLException {
        String p = c.property();
        Object value = switch (c.type().kind()) {
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, OffsetDateTime.class);
            default -> rs.getObject(index);
        };
        if (value == null) {
            row.putNull(p);
        } else if (value instanceof Long l) {
            row.put(p, l);
        } else if (value instanceof Integer i) {
            row.put(p, i);
        } else if (value instanceof BigDecimal d) {
            row.put(p, d.stripTrailingZeros());
        } else if (value instanceof Boolean b) {
            row.put(p, b);
        } else if (value instanceof OffsetDateTime t) {
            row.put(p, t.toInstant().toString());
        } else if (value instanceof UUID || value instanceof LocalDate) {
            row.put(p, value.toString());
        } else if (c.type().kind() == dev.stackbench.model.plan.SqlType.Kind.JSON) {
            row.set(p, parse(value.toString(), json));
        } else {
            row.put(p, value.toString());
        }
    }

    private static JsonNode parse(String text, ObjectMapper json) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
