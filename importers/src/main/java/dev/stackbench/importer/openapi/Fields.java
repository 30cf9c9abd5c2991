package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One property schema to one field: the JSON type and format pick the field type, the JSON Schema keywords the
 * constraints. Keywords with no field counterpart are reported, not dropped silently.
 */
final class Fields {
    private static final Set<String> PLAIN_STRING_FORMATS = Set.of("email", "uri", "url", "hostname", "ipv4", "ipv6",
            "byte", "binary", "password", "uri-reference", "idn-email");

    private Fields() {
    }

    static Field field(Doc doc, String id, String name, Schema<?> schema, boolean required, String pointer) {
        FieldType type = type(doc, schema, pointer);
        boolean nullable = Doc.nullable(schema);
        Field f = new Field(id, name, type, required && !nullable, Doc.ext(schema, "unique").asBoolean(false),
                defaultValue(schema), schema.getMinLength(), schema.getMaxLength(), number(schema.getMinimum()),
                number(schema.getMaximum()), schema.getPattern(), enumValues(schema), integer(Doc.ext(schema,
                "precision")), integer(Doc.ext(schema, "scale")), Boolean.TRUE.equals(schema.getWriteOnly())
                || "password".equals(schema.getFormat()), false, schema.getDescription());
        if (!type.isTextual()) {
            f = f.withLength(null, null).withPattern(null);
        }
        if (schema.getExclusiveMinimumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMinimum())
                || schema.getExclusiveMaximumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            doc.report.note(pointer, "exclusive bounds have no field counterpart; the bound is read as inclusive");
            f = f.withRange(firstNonNull(f.min(), number(schema.getExclusiveMinimumValue())),
                    firstNonNull(f.max(), number(schema.getExclusiveMaximumValue())));
        }
        if (schema.getMultipleOf() != null) {
            doc.report.note(pointer, "multipleOf " + schema.getMultipleOf() + " is not checked by the model");
        }
        return f;
    }

    private static FieldType type(Doc doc, Schema<?> schema, String pointer) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return FieldType.ENUM;
        }
        Set<String> types = Doc.nonNullTypes(schema);
        if (types.size() != 1) {
            if (types.size() > 1) {
                doc.report.note(pointer, "several types " + types + ": stored as a JSON value");
            }
            return FieldType.JSON;
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (types.iterator().next()) {
            case "string" -> switch (format) {
                case "date" -> FieldType.DATE;
                case "date-time" -> FieldType.DATETIME;
                case "uuid" -> FieldType.UUID;
                default -> {
                    if (!format.isEmpty() && !PLAIN_STRING_FORMATS.contains(format)) {
                        doc.report.note(pointer, "format '" + format + "' is not checked; read as a plain string");
                    }
                    yield "text".equals(Doc.ext(schema, "type").asText()) ? FieldType.TEXT : FieldType.STRING;
                }
            };
            case "integer" -> "int32".equals(format) ? FieldType.INT : FieldType.LONG;
            case "number" -> FieldType.DECIMAL;
            case "boolean" -> FieldType.BOOLEAN;
            case "array" -> {
                doc.report.note(pointer, "an array of values (not of entities): stored as a JSON value");
                yield FieldType.JSON;
            }
            default -> FieldType.JSON;
        };
    }

    private static String defaultValue(Schema<?> schema) {
        Object value = schema.getDefault();
        if (value == null) {
            return null;
        }
        JsonNode node = Doc.JSON.valueToTree(value);
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static List<String> enumValues(Schema<?> schema) {
        if (schema.getEnum() == null) {
            return List.of();
        }
        return schema.getEnum().stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static Double firstNonNull(Double a, Double b) {
        return a != null ? a : b;
    }
}
