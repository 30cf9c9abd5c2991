package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Turns a row into the API's JSON object in the contract's order: {@code id}, fields, foreign keys, then
 * {@code createdAt}, {@code updatedAt} ({@link LinkMerge} adds link ids before the timestamps). Sensitive fields are not in the select list at all.
 */
final class RowReader {
    private RowReader() {
    }

    static ObjectNode read(ResultSet rs, Resource resource, ObjectMapper json) throws SQLException {
        ObjectNode row = json.createObjectNode();
        for (Column c : readable(resource)) {
            put(row, c, rs, json);
        }
        return row;
    }

    /** The columns a row shows: everything but sensitive fields. */
    static List<Column> readable(Resource resource) {
        return resource.table().columns().stream().filter(c -> c.role() != Column.Role.FIELD
                || resource.fields().containsKey(c.property())).toList();
    }

    private static void put(ObjectNode row, Column c, ResultSet rs, ObjectMapper json) throws SQLException {
        String p = c.property();
        Object value = switch (c.type().kind()) {
            case DATE -> rs.getObject(c.name(), LocalDate.class);
            case TIMESTAMP -> rs.getObject(c.name(), OffsetDateTime.class);
            default -> rs.getObject(c.name());
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
