package dev.stackbench.server.rest;

import dev.stackbench.model.Field;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** The 422 checks of one property value, with the contract's messages; {@code null} when the value is fine. */
final class Constraints {
    private Constraints() {
    }

    static String problem(Resource r, String property, Column column, Object value, Connection c, Repository repo)
            throws SQLException {
        if (value == null) {
            return column.nullable() ? null : "is required";
        }
        if (column.role() == Column.Role.FOREIGN_KEY) {
            String table = r.table().foreignKeys().stream().filter(fk -> fk.column().equals(column.name()))
                    .map(fk -> fk.referencedTable()).findFirst().orElse(null);
            return table == null || repo.exists(c, table, value) ? null
                    : "refers to a missing " + r.referencedWords().get(property);
        }
        Field field = r.fields().get(property);
        if (value instanceof String s) {
            return text(field, column, s);
        }
        if (value instanceof Number n) {
            return number(field, column, new BigDecimal(n.toString()));
        }
        return null;
    }

    private static String text(Field field, Column column, String s) {
        int length = s.codePointCount(0, s.length());
        if (field.type() == dev.stackbench.model.FieldType.ENUM) {
            return field.enumValues().contains(s) ? null : "must be one of: " + String.join(", ", field.enumValues());
        }
        if (field.minLength() != null && length < field.minLength()) {
            return "must be at least " + field.minLength() + " characters";
        }
        Integer max = field.maxLength() != null ? field.maxLength()
                : column.type().kind() == SqlType.Kind.VARCHAR ? column.type().length() : null;
        if (max != null && length > max) {
            return "must be at most " + max + " characters";
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s).find()) {
            return "must match the pattern " + field.pattern();
        }
        return null;
    }

    private static String number(Field field, Column column, BigDecimal n) {
        if (field.min() != null && n.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            return "must be at least " + plain(field.min());
        }
        if (field.max() != null && n.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return "must be at most " + plain(field.max());
        }
        if (column.type().kind() == SqlType.Kind.DECIMAL) {
            BigDecimal limit = BigDecimal.TEN.pow(column.type().precision() - column.type().scale());
            if (n.abs().compareTo(limit) >= 0) {
                return n.signum() < 0 ? "must be at least " + limit.negate().add(BigDecimal.ONE)
                        : "must be at most " + limit.subtract(BigDecimal.ONE);
            }
        }
        return null;
    }

    /** {@code 5.0} → {@code 5}, {@code 2.5} → {@code 2.5}. */
    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d)
                .stripTrailingZeros().toPlainString();
    }
}
