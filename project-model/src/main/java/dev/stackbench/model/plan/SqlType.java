package dev.stackbench.model.plan;

import dev.stackbench.model.Field;

/**
 * Portable SQL type of a column, rendered per dialect by the live server (H2) and the exporters (PostgreSQL).
 * {@code length} is for VARCHAR, {@code precision}/{@code scale} for DECIMAL.
 */
public record SqlType(Kind kind, Integer length, Integer precision, Integer scale) {

    public enum Kind { VARCHAR, TEXT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIMESTAMP, UUID, JSON }

    public static SqlType of(Kind kind) {
        return new SqlType(kind, null, null, null);
    }

    public static SqlType forField(Field field) {
        return switch (field.type()) {
            case STRING -> new SqlType(Kind.VARCHAR, field.maxLength() == null ? 255 : field.maxLength(), null, null);
            case ENUM -> new SqlType(Kind.VARCHAR, 64, null, null);
            case TEXT -> of(Kind.TEXT);
            case INT -> of(Kind.INTEGER);
            case LONG -> of(Kind.BIGINT);
            case DECIMAL -> new SqlType(Kind.DECIMAL, null, field.precision() == null ? 19 : field.precision(),
                    field.scale() == null ? 4 : field.scale());
            case BOOLEAN -> of(Kind.BOOLEAN);
            case DATE -> of(Kind.DATE);
            case DATETIME -> of(Kind.TIMESTAMP);
            case UUID -> of(Kind.UUID);
            case JSON -> of(Kind.JSON);
        };
    }

    /** Standard SQL spelling shared by H2 and PostgreSQL; a dialect may override JSON and TIMESTAMP. */
    public String sql() {
        return switch (kind) {
            case VARCHAR -> "VARCHAR(" + length + ")";
            case DECIMAL -> "DECIMAL(" + precision + ", " + scale + ")";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
            default -> kind.name();
        };
    }
}
