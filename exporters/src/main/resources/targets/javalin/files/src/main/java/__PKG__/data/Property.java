package {{package}}.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column of a resource as the API sees it: its JSON name, column, type, where its value comes from, and the
 * constraints checked on writes. Generated schemas declare these; the fluent methods return copies.
 */
public record Property(String name, String column, Type type, Role role, boolean nullable, boolean unique,
                       String defaultValue, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
                       Pattern pattern, List<String> enumValues, Integer precision, Integer scale,
                       String referencedTable, String referencedWords) {

    /** Where the value comes from: the client (FIELD, FOREIGN_KEY), the server (the rest), or nowhere (SENSITIVE). */
    public enum Role { ID, FIELD, FOREIGN_KEY, OWNER, SENSITIVE, CREATED_AT, UPDATED_AT }

    public Property {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public static Property of(String name, String column, Type type, Role role) {
        return new Property(name, column, type, role, true, false, null, null, null, null, null, null, List.of(),
                null, null, null, null);
    }

    public Property required() {
        return new Property(name, column, type, role, false, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property uniqueValues() {
        return new Property(name, column, type, role, nullable, true, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property defaultValue(String value) {
        return new Property(name, column, type, role, nullable, unique, value, minLength, maxLength, min, max, pattern, enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property length(Integer minChars, Integer maxChars) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minChars, maxChars, min, max, pattern, enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property range(String low, String high) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minLength, maxLength, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high), pattern, enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property pattern(String regex) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minLength, maxLength, min, max, Pattern.compile(regex), enumValues, precision, scale, referencedTable, referencedWords);
    }

    public Property oneOf(String... values) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minLength, maxLength, min, max, pattern, List.of(values), precision, scale, referencedTable, referencedWords);
    }

    public Property decimal(int digits, int decimals) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, digits, decimals, referencedTable, referencedWords);
    }

    public Property references(String table, String words) {
        return new Property(name, column, type, role, nullable, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, table, words);
    }

    public boolean writable() {
        return role == Role.FIELD || role == Role.FOREIGN_KEY;
    }

    public boolean readOnly() {
        return role == Role.ID || role == Role.OWNER || role == Role.CREATED_AT || role == Role.UPDATED_AT;
    }
}
