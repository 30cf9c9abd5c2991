package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12) of one entity: the row the API returns (server-controlled
 * properties read-only, sensitive fields absent) and the bodies of create/replace (required properties) and
 * patch (none required). Constraints mirror the validator: lengths, ranges, patterns, enums.
 */
final class Schemas {
    private Schemas() {
    }

    static ObjectNode row(Project project, Entity entity, Table table) {
        ObjectNode schema = Yaml.object().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (Column c : table.columns()) {
            Optional<Field> field = entity.field(c.elementId());
            if (field.map(Field::sensitive).orElse(false)) {
                continue;
            }
            ObjectNode p = type(c.type(), field.orElse(null), c.nullable());
            if (c.serverControlled() || isOwner(entity, c)) {
                p.put("readOnly", true);
            }
            Extensions.foreignKey(p, project, c);
            props.set(c.property(), p);
            required.add(c.property());
        }
        links(project, entity, table).forEach(props::set);
        Extensions.entity(schema, project, entity, table);
        return schema;
    }

    /** A write body; {@code requireAll} for create and replace. */
    static ObjectNode body(Project project, Entity entity, Table table, boolean requireAll) {
        ObjectNode schema = Yaml.object().put("type", "object").put("additionalProperties", false);
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = Yaml.JSON.createArrayNode();
        for (Column c : table.columns()) {
            Optional<Field> field = entity.field(c.elementId());
            boolean writable = c.role() == Column.Role.FIELD && field.isPresent() && !field.get().sensitive()
                    || c.role() == Column.Role.FOREIGN_KEY && !isOwner(entity, c);
            if (!writable) {
                continue;
            }
            ObjectNode p = type(c.type(), field.orElse(null), c.nullable());
            Extensions.foreignKey(p, project, c);
            props.set(c.property(), p);
            boolean hasDefault = field.map(f -> f.defaultValue() != null).orElse(false);
            if (requireAll && !c.nullable() && !hasDefault) {
                required.add(c.property());
            }
        }
        links(project, entity, table).forEach(props::set);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static boolean isOwner(Entity entity, Column c) {
        return entity.owner().map(r -> r.id().equals(c.elementId())).orElse(false);
    }

    /** The link-ids properties of the many-to-manys on either side of {@code self}, with their relationship. */
    private static java.util.Map<String, ObjectNode> links(Project project, Entity self, Table table) {
        java.util.Map<String, ObjectNode> out = new java.util.LinkedHashMap<>();
        for (Entity source : project.entities()) {
            source.relationships().stream().filter(r -> r.kind() == RelationKind.MANY_TO_MANY).forEach(r -> {
                project.entity(r.targetEntityId()).ifPresent(target -> {
                    if (source.id().equals(self.id())) {
                        ObjectNode ids = ids(table);
                        Extensions.relation(ids, project, r);
                        out.put(Naming.linkIdsProperty(r, target), ids);
                    } else if (target.id().equals(self.id())) {
                        ObjectNode ids = ids(table);
                        Extensions.inverseOf(ids, source, r);
                        out.put(Naming.camel(source.name()) + "Ids", ids);
                    }
                });
            });
        }
        return out;
    }

    private static ObjectNode ids(Table table) {
        ObjectNode array = Yaml.object().put("type", "array");
        array.set("items", type(table.columns().get(0).type(), null, false));
        return array;
    }

    static ObjectNode type(SqlType type, Field field, boolean nullable) {
        ObjectNode p = Yaml.object();
        String json = switch (type.kind()) {
            case VARCHAR, TEXT, DATE, TIMESTAMP, UUID -> "string";
            case INTEGER, BIGINT -> "integer";
            case DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            case JSON -> null;
        };
        if (json != null) {
            if (nullable) {
                p.putArray("type").add(json).add("null");
            } else {
                p.put("type", json);
            }
        }
        switch (type.kind()) {
            case DATE -> p.put("format", "date");
            case TIMESTAMP -> p.put("format", "date-time");
            case UUID -> p.put("format", "uuid");
            case INTEGER -> p.put("format", "int32");
            case BIGINT -> p.put("format", "int64");
            default -> { }
        }
        if (field == null) {
            return p;
        }
        if (field.type() == FieldType.ENUM) {
            ArrayNode values = p.putArray("enum");
            field.enumValues().forEach(values::add);
            if (nullable) {
                values.addNull();
            }
        } else if (type.kind() == SqlType.Kind.VARCHAR || type.kind() == SqlType.Kind.TEXT) {
            if (field.minLength() != null) {
                p.put("minLength", field.minLength());
            }
            Integer max = field.maxLength() != null ? field.maxLength()
                    : type.kind() == SqlType.Kind.VARCHAR ? type.length() : null;
            if (max != null) {
                p.put("maxLength", max);
            }
            if (field.pattern() != null) {
                p.put("pattern", field.pattern());
            }
        }
        if (field.min() != null) {
            p.put("minimum", BigDecimal.valueOf(field.min()));
        }
        if (field.max() != null) {
            p.put("maximum", BigDecimal.valueOf(field.max()));
        }
        if (!field.description().isBlank()) {
            p.put("description", field.description());
        }
        Extensions.field(p, field);
        return p;
    }
}
