package {{package}}.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** JSON and query-string values → JDBC values by type; a value that does not fit is a {@link Mismatch}. */
public final class Values {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Values() {
    }

    /** The value has the wrong JSON type; the message is the contract's. */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        public Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    public static Object fromJson(JsonNode node, Property p) throws Mismatch {
        if (node == null || node.isNull()) {
            return null;
        }
        Type type = p.type();
        return switch (type) {
            case VARCHAR, TEXT -> {
                require(node.isTextual(), type);
                yield node.textValue();
            }
            case JSON -> node.toString();
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToInt(), type);
                yield node.intValue();
            }
            case BIGINT -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), type);
                yield node.longValue();
            }
            case DECIMAL -> {
                require(node.isNumber() && Math.abs(node.decimalValue().scale()) < 1000, type);
                yield node.decimalValue().setScale(p.scale() == null ? 4 : p.scale(), RoundingMode.HALF_UP);
            }
            case BOOLEAN -> {
                require(node.isBoolean(), type);
                yield node.booleanValue();
            }
            case DATE -> date(node);
            case TIMESTAMP -> dateTime(node);
            case UUID -> {
                require(node.isTextual() && UUID_TEXT.matcher(node.textValue()).matches(), type);
                yield java.util.UUID.fromString(node.textValue());
            }
        };
    }

    /** A query-string value parsed by the property's type (query values are always text). */
    public static Object fromText(String text, Property p) throws Mismatch {
        try {
            return switch (p.type()) {
                case VARCHAR, TEXT, JSON -> text;
                case INTEGER -> Integer.valueOf(text);
                case BIGINT -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> {
                    require(text.equals("true") || text.equals("false"), Type.BOOLEAN);
                    yield Boolean.valueOf(text);
                }
                default -> fromJson(TextNode.valueOf(text), p);
            };
        } catch (NumberFormatException e) {
            throw new Mismatch(p.type().mismatch());
        }
    }

    private static LocalDate date(JsonNode node) throws Mismatch {
        try {
            require(node.isTextual() && DATE_TEXT.matcher(node.textValue()).matches(), Type.DATE);
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new Mismatch(Type.DATE.mismatch());
        }
    }

    private static OffsetDateTime dateTime(JsonNode node) throws Mismatch {
        try {
            require(node.isTextual() && node.textValue().length() <= 64, Type.TIMESTAMP);
            return OffsetDateTime.parse(node.textValue()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Mismatch(Type.TIMESTAMP.mismatch());
        }
    }

    private static void require(boolean ok, Type type) throws Mismatch {
        if (!ok) {
            throw new Mismatch(type.mismatch());
        }
    }
}
