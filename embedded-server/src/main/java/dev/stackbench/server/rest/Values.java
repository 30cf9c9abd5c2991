package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.plan.SqlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * JSON → JDBC values by column type, and the contract's wrong-type messages. A value that does not fit its type
 * is a {@link TypeMismatch}: the request is a 400 before any constraint is looked at.
 */
final class Values {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Values() {
    }

    /** Thrown when a value has the wrong JSON type; carries the contract's message. */
    static final class TypeMismatch extends Exception {
        private static final long serialVersionUID = 1L;

        TypeMismatch(String message) {
            super(message, null, false, false);
        }
    }

    static Object fromJson(JsonNode node, SqlType type) throws TypeMismatch {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (type.kind()) {
            case VARCHAR, TEXT -> {
                require(node.isTextual(), "must be a string");
                yield node.textValue();
            }
            case JSON -> node.toString();
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToInt(), "must be an integer");
                yield node.intValue();
            }
            case BIGINT -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), "must be an integer");
                yield node.longValue();
            }
            case DECIMAL -> {
                require(node.isNumber(), "must be a number");
                yield decimal(node, type);
            }
            case BOOLEAN -> {
                require(node.isBoolean(), "must be a boolean");
                yield node.booleanValue();
            }
            case DATE -> date(node);
            case TIMESTAMP -> dateTime(node);
            case UUID -> uuid(node);
        };
    }

    /** A query-string value parsed as the column's type (query values are always text). */
    static Object fromText(String text, SqlType type) throws TypeMismatch {
        try {
            return switch (type.kind()) {
                case VARCHAR, TEXT, JSON -> text;
                case INTEGER -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> {
                    require(text.equals("true") || text.equals("false"), "must be a boolean");
                    yield Boolean.valueOf(text);
                }
                default -> fromJson(com.fasterxml.jackson.databind.node.TextNode.valueOf(text), type);
            };
        } catch (NumberFormatException e) {
            throw new TypeMismatch(type.kind() == SqlType.Kind.DECIMAL ? "must be a number" : "must be an integer");
        }
    }

    /** Rounded to the column's scale; absurd exponents (1e999999999) are refused before any arithmetic. */
    private static BigDecimal decimal(JsonNode node, SqlType type) throws TypeMismatch {
        BigDecimal value = node.decimalValue();
        require(Math.abs(value.scale()) < 1000, "must be a number");
        return value.setScale(type.scale() == null ? 4 : type.scale(), java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate date(JsonNode node) throws TypeMismatch {
        try {
            require(node.isTextual() && DATE_TEXT.matcher(node.textValue()).matches(), "must be a date (YYYY-MM-DD)");
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new TypeMismatch("must be a date (YYYY-MM-DD)");
        }
    }

    private static OffsetDateTime dateTime(JsonNode node) throws TypeMismatch {
        try {
            require(node.isTextual() && node.textValue().length() <= 64, "must be a date-time (ISO 8601)");
            return OffsetDateTime.parse(node.textValue()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new TypeMismatch("must be a date-time (ISO 8601)");
        }
    }

    private static UUID uuid(JsonNode node) throws TypeMismatch {
        require(node.isTextual() && UUID_TEXT.matcher(node.textValue()).matches(), "must be a UUID");
        return UUID.fromString(node.textValue());
    }

    private static void require(boolean ok, String message) throws TypeMismatch {
        if (!ok) {
            throw new TypeMismatch(message);
        }
    }
}
