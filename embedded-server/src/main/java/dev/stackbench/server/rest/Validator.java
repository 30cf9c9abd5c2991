package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Field;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a body against an entity in the contract's order: wrong types, unknown and read-only properties (400,
 * nothing else reported); then constraints (422, every failing property in the entity's order); then unique
 * values (409). Returns the column values and link ids to write.
 */
final class Validator {
    enum Mode { CREATE, REPLACE, PATCH }

    /** What to write: column → value, and link → ids. */
    record Changes(Map<String, Object> columns, Map<Link, List<Object>> links) {
    }

    private Validator() {
    }

    static Changes check(Resource r, ObjectNode body, Mode mode, Connection c, Repository repo, Object selfId)
            throws SQLException {
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<Link, List<Object>> links = new LinkedHashMap<>();
        typeCheck(r, body, typed, links);
        if (mode == Mode.REPLACE) {
            // A replacement states the whole resource: a link it leaves out is emptied, like an omitted field.
            r.links().forEach(link -> links.putIfAbsent(link, List.of()));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Column> e : r.writable().entrySet()) {
            String property = e.getKey();
            Column column = e.getValue();
            boolean given = body.has(property);
            if (!given && mode == Mode.PATCH) {
                continue;
            }
            Object value = given ? typed.get(property) : defaultValue(r.fields().get(property), column);
            String problem = Constraints.problem(r, property, column, value, c, repo);
            if (problem != null) {
                errors.add(new FieldError(property, problem));
            } else if (given || value != null || mode == Mode.REPLACE) {
                columns.put(column.name(), value);
            }
        }
        for (Map.Entry<Link, List<Object>> e : links.entrySet()) {
            for (Object id : e.getValue()) {
                if (!repo.exists(c, e.getKey().otherTable(), id)) {
                    errors.add(new FieldError(e.getKey().property(), "refers to a missing " + e.getKey().otherWords()));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        uniqueCheck(r, columns, c, repo, selfId);
        return new Changes(columns, links);
    }

    private static void typeCheck(Resource r, ObjectNode body, Map<String, Object> typed,
                                  Map<Link, List<Object>> links) {
        List<FieldError> known = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String property = e.getKey();
            Column column = r.writable().get(property);
            try {
                if (r.isReadOnly(property)) {
                    unknown.add(new FieldError(property, "is read-only"));
                } else if (column != null) {
                    typed.put(property, Values.fromJson(e.getValue(), column.type()));
                } else if (r.link(property).isPresent()) {
                    links.put(r.link(property).get(), ids(e.getValue(), r.table().columns().get(0).type()));
                } else {
                    unknown.add(new FieldError(property, "is not a property of " + r.words()));
                }
            } catch (Values.TypeMismatch mismatch) {
                known.add(new FieldError(property, mismatch.getMessage()));
            }
        }
        if (!known.isEmpty() || !unknown.isEmpty()) {
            List<String> order = new ArrayList<>(r.writable().keySet());
            r.links().forEach(l -> order.add(l.property()));
            known.sort(java.util.Comparator.comparingInt(f -> order.indexOf(f.field())));
            known.addAll(unknown);
            throw ApiException.invalid(known);
        }
    }

    private static List<Object> ids(JsonNode node, SqlType idType) throws Values.TypeMismatch {
        if (!node.isArray() || node.size() > 1000) {
            throw new Values.TypeMismatch("must be an array of ids");
        }
        List<Object> ids = new ArrayList<>();
        for (JsonNode item : node) {
            try {
                Object id = Values.fromJson(item, idType);
                if (id == null) {
                    throw new Values.TypeMismatch("must be an array of ids");
                }
                ids.add(id);
            } catch (Values.TypeMismatch e) {
                throw new Values.TypeMismatch("must be an array of ids");
            }
        }
        return ids;
    }

    private static Object defaultValue(Field field, Column column) {
        if (field == null || field.defaultValue() == null) {
            return null;
        }
        try {
            return Values.fromText(field.defaultValue(), column.type());
        } catch (Values.TypeMismatch e) {
            return null;
        }
    }

    private static void uniqueCheck(Resource r, Map<String, Object> columns, Connection c, Repository repo,
                                    Object selfId) throws SQLException {
        List<FieldError> taken = new ArrayList<>();
        for (Map.Entry<String, Column> e : r.writable().entrySet()) {
            Object value = columns.get(e.getValue().name());
            if (e.getValue().unique() && value != null
                    && repo.taken(c, r.table().name(), e.getValue().name(), value, selfId)) {
                taken.add(new FieldError(e.getKey(), "is already taken"));
            }
        }
        if (!taken.isEmpty()) {
            throw new ApiException(409, "Conflict", taken);
        }
    }
}
