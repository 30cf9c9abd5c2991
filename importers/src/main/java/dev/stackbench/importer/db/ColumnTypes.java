package dev.stackbench.importer.db;

import dev.stackbench.importer.ImportReport;
import dev.stackbench.importer.db.DbSchema.DbColumn;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;

import java.sql.Types;
import java.util.Locale;

/**
 * A column's SQL type to a field type with its length or decimal size: the {@link Types} constant first, the
 * database's own type name where JDBC is vague (PostgreSQL {@code uuid}, {@code jsonb}, {@code text}; MariaDB
 * {@code TINYINT(1)} booleans, {@code CHAR(36)} UUIDs, {@code LONGTEXT}).
 */
final class ColumnTypes {
    private ColumnTypes() {
    }

    static Field field(String id, String name, DbColumn c, ImportReport report, String pointer) {
        String type = c.typeName() == null ? "" : c.typeName().toLowerCase(Locale.ROOT);
        Field f = Field.of(id, name, FieldType.STRING).withLength(null, null);
        return switch (type) {
            case "uuid" -> f.withType(FieldType.UUID);
            case "json", "jsonb" -> f.withType(FieldType.JSON);
            case "text", "longtext", "mediumtext", "tinytext" -> f.withType(FieldType.TEXT);
            default -> byJdbcType(f, c, type, report, pointer);
        };
    }

    private static Field byJdbcType(Field f, DbColumn c, String type, ImportReport report, String pointer) {
        return switch (c.jdbcType()) {
            case Types.BIGINT -> f.withType(FieldType.LONG);
            case Types.INTEGER, Types.SMALLINT -> f.withType(FieldType.INT);
            case Types.TINYINT, Types.BIT, Types.BOOLEAN -> c.size() <= 1 || type.startsWith("bool")
                    ? f.withType(FieldType.BOOLEAN) : f.withType(FieldType.INT);
            case Types.NUMERIC, Types.DECIMAL -> f.withType(FieldType.DECIMAL).withDecimal(c.size(), c.digits());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                report.note(pointer, type + " is approximate; read as a decimal (19, 4)");
                yield f.withType(FieldType.DECIMAL);
            }
            case Types.DATE -> f.withType(FieldType.DATE);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> f.withType(FieldType.DATETIME);
            case Types.CHAR -> c.size() == 36 ? f.withType(FieldType.UUID) : f.withLength(null, c.size());
            case Types.VARCHAR, Types.NVARCHAR -> c.size() > 0 && c.size() < Integer.MAX_VALUE
                    ? f.withLength(null, c.size()) : f.withType(FieldType.TEXT);
            case Types.LONGVARCHAR, Types.CLOB, Types.LONGNVARCHAR -> f.withType(FieldType.TEXT);
            default -> {
                report.note(pointer, "type " + type + " has no field type; stored as a JSON value");
                yield f.withType(FieldType.JSON);
            }
        };
    }

    /** A literal column default as the model keeps it; null (and reported) for expressions. */
    static String defaultValue(String raw, ImportReport report, String pointer) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("null")) {
            return null;
        }
        String v = raw.strip().replaceAll("::[a-z ]+(\\(\\d+\\))?$", "");
        if (v.matches("'(?:[^']|'')*'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (v.matches("-?[0-9]+(\\.[0-9]+)?") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return v.toLowerCase(Locale.ROOT);
        }
        report.note(pointer, "default " + raw + " is an expression; the model keeps literal defaults only");
        return null;
    }
}
