package {{package}}.data;

import {{package}}.web.ApiException;
import {{package}}.web.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a body against a schema in the contract's order: wrong types, unknown and read-only properties (400,
 * nothing else reported); then constraints (422, every failing property in the schema's order); then unique
 * values (409). Returns what to write.
 */
public final class Validator {
    /** Create and replace need every required property; patch only checks what is given. */
    public enum Mode { CREATE, REPLACE, PATCH }

    private final Schema schema;
    private final TableRepository<?> repository;

    public Validator(Schema schema, TableRepository<?> repository) {
        this.schema = schema;
        this.repository = repository;
    }

    public Changes check(ObjectNode body, Mode mode, Connection c, Object selfId) throws SQLException {
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<Link, List<Object>> links = new LinkedHashMap<>();
        typeCheck(body, typed, links);
        if (mode == Mode.REPLACE) {
            // A replacement states the whole resource: a link it leaves out is emptied, like an omitted field.
            schema.links().forEach(link -> links.putIfAbsent(link, List.of()));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Property p : schema.properties()) {
            if (!p.writable() || !body.has(p.name()) && mode == Mode.PATCH) {
                continue;
            }
            boolean given = body.has(p.name());
            Object value = given ? typed.get(p.name()) : defaultValue(p);
            String problem = problem(p, value, c);
            if (problem != null) {
                errors.add(new FieldError(p.name(), problem));
            } else if (given || value != null || mode == Mode.REPLACE) {
                columns.put(p.column(), value);
            }
        }
        for (Map.Entry<Link, List<Object>> e : links.entrySet()) {
            for (Object id : e.getValue()) {
                if (!repository.exists(c, e.getKey().otherTable(), id)) {
                    errors.add(new FieldError(e.getKey().property(), "refers to a missing " + e.getKey().otherWords()));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        uniqueCheck(columns, c, selfId);
        return new Changes(columns, links);
    }

    private void typeCheck(ObjectNode body, Map<String, Object> typed, Map<Link, List<Object>> links) {
        List<FieldError> wrongType = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String name = e.getKey();
            Property p = schema.property(name).orElse(null);
            try {
                if (p != null && p.readOnly()) {
                    unknown.add(new FieldError(name, "is read-only"));
                } else if (p != null && p.writable()) {
                    typed.put(name, Values.fromJson(e.getValue(), p));
                } else if (schema.link(name).isPresent()) {
                    links.put(schema.link(name).get(), ids(e.getValue()));
                } else {
                    unknown.add(new FieldError(name, "is not a property of " + schema.words()));
                }
            } catch (Values.Mismatch mismatch) {
                wrongType.add(new FieldError(name, mismatch.getMessage()));
            }
        }
        if (!wrongType.isEmpty() || !unknown.isEmpty()) {
            List<String> order = new ArrayList<>();
            schema.properties().forEach(p -> order.add(p.name()));
            schema.links().forEach(l -> order.add(l.property()));
            wrongType.sort(Comparator.comparingInt(f -> order.indexOf(f.field())));
            wrongType.addAll(unknown);
            throw ApiException.invalid(wrongType);
        }
    }

    private List<Object> ids(JsonNode node) throws Values.Mismatch {
        if (!node.isArray() || node.size() > 1000) {
            throw new Values.Mismatch("must be an array of ids");
        }
        Property id = schema.properties().get(0);
        List<Object> ids = new ArrayList<>();
        for (JsonNode item : node) {
            try {
                Object value = Values.fromJson(item, id);
                if (value == null) {
                    throw new Values.Mismatch("must be an array of ids");
                }
                ids.add(value);
            } catch (Values.Mismatch e) {
                throw new Values.Mismatch("must be an array of ids");
            }
        }
        return ids;
    }

    private static Object defaultValue(Property p) {
        if (p.defaultValue() == null) {
            return null;
        }
        try {
            return Values.fromText(p.defaultValue(), p);
        } catch (Values.Mismatch e) {
            return null;
        }
    }

    /** The 422 problem of one value, with the contract's message; null when it is fine. */
    private String problem(Property p, Object value, Connection c) throws SQLException {
        if (value == null) {
            return p.nullable() ? null : "is required";
        }
        if (p.role() == Property.Role.FOREIGN_KEY) {
            return repository.exists(c, p.referencedTable(), value) ? null : "refers to a missing " + p.referencedWords();
        }
        if (value instanceof String s) {
            return text(p, s);
        }
        if (value instanceof Number n) {
            return number(p, new BigDecimal(n.toString()));
        }
        return null;
    }

    private static String text(Property p, String s) {
        int length = s.codePointCount(0, s.length());
        if (!p.enumValues().isEmpty()) {
            return p.enumValues().contains(s) ? null : "must be one of: " + String.join(", ", p.enumValues());
        }
        if (p.minLength() != null && length < p.minLength()) {
            return "must be at least " + p.minLength() + " characters";
        }
        if (p.maxLength() != null && length > p.maxLength()) {
            return "must be at most " + p.maxLength() + " characters";
        }
        if (p.pattern() != null && !p.pattern().matcher(s).find()) {
            return "must match the pattern " + p.pattern().pattern();
        }
        return null;
    }

    private static String number(Property p, BigDecimal n) {
        if (p.min() != null && n.compareTo(p.min()) < 0) {
            return "must be at least " + p.min().stripTrailingZeros().toPlainString();
        }
        if (p.max() != null && n.compareTo(p.max()) > 0) {
            return "must be at most " + p.max().stripTrailingZeros().toPlainString();
        }
        if (p.precision() != null && p.scale() != null) {
            BigDecimal limit = BigDecimal.TEN.pow(p.precision() - p.scale());
            if (n.abs().compareTo(limit) >= 0) {
                return n.signum() < 0 ? "must be at least " + limit.negate().add(BigDecimal.ONE)
                        : "must be at most " + limit.subtract(BigDecimal.ONE);
            }
        }
        return null;
    }

    private void uniqueCheck(Map<String, Object> columns, Connection c, Object selfId) throws SQLException {
        List<FieldError> taken = new ArrayList<>();
        for (Property p : schema.properties()) {
            Object value = columns.get(p.column());
            if (p.writable() && p.unique() && value != null
                    && repository.taken(c, List.of(p.column()), List.of(value), selfId)) {
                taken.add(new FieldError(p.name(), "is already taken"));
            }
        }
        if (!taken.isEmpty()) {
            throw new ApiException(409, "Conflict", taken);
        }
    }

    /** Unique indexes over several columns: values not being written (PATCH) are read from the stored row. */
    public void checkUniqueIndexes(Map<String, Object> values, Connection c, Object selfId) throws SQLException {
        for (List<String> index : schema.uniqueIndexes()) {
            List<Object> combination = new ArrayList<>();
            for (String column : index) {
                combination.add(values.containsKey(column) ? values.get(column)
                        : selfId == null ? null : repository.columnValue(c, column, selfId).orElse(null));
            }
            if (!combination.contains(null) && repository.taken(c, index, combination, selfId)) {
                List<FieldError> errors = index.stream().map(col -> new FieldError(schema.properties().stream()
                        .filter(p -> p.column().equals(col)).map(Property::name).findFirst().orElse(col),
                        "is already taken")).toList();
                throw new ApiException(409, "Conflict", errors);
            }
        }
    }
}
