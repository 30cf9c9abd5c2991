package dev.stackbench.model;

import java.util.List;

/**
 * A column of an entity. Constraints left {@code null} are not checked. A {@code sensitive} field (a password
 * hash, a secret) is never returned by any endpoint. {@code autoIndexOff} turns off the index the plan would
 * otherwise derive for a filterable or sortable field.
 */
public record Field(
        String id,
        String name,
        FieldType type,
        boolean required,
        boolean unique,
        String defaultValue,
        Integer minLength,
        Integer maxLength,
        Double min,
        Double max,
        String pattern,
        List<String> enumValues,
        Integer precision,
        Integer scale,
        boolean sensitive,
        boolean autoIndexOff,
        String description) {

    public Field {
        type = type == null ? FieldType.STRING : type;
        enumValues = Lists.copy(enumValues);
        description = description == null ? "" : description;
    }

    public static Field of(String id, String name, FieldType type) {
        return new Field(id, name, type, false, false, null, null, type == FieldType.STRING ? 255 : null, null, null,
                null, null, null, null, false, false, "");
    }

    public Field withName(String v) { return new Field(id, v, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withType(FieldType v) { return new Field(id, name, v, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withRequired(boolean v) { return new Field(id, name, type, v, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withUnique(boolean v) { return new Field(id, name, type, required, v, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withDefaultValue(String v) { return new Field(id, name, type, required, unique, v, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withLength(Integer minLen, Integer maxLen) { return new Field(id, name, type, required, unique, defaultValue, minLen, maxLen, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withRange(Double lo, Double hi) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, lo, hi, pattern, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withPattern(String v) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, v, enumValues, precision, scale, sensitive, autoIndexOff, description); }
    public Field withEnumValues(List<String> v) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, v, precision, scale, sensitive, autoIndexOff, description); }
    public Field withDecimal(Integer p, Integer s) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, p, s, sensitive, autoIndexOff, description); }
    public Field withSensitive(boolean v) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, v, autoIndexOff, description); }
    public Field withAutoIndexOff(boolean v) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, v, description); }
    public Field withDescription(String v) { return new Field(id, name, type, required, unique, defaultValue, minLength, maxLength, min, max, pattern, enumValues, precision, scale, sensitive, autoIndexOff, v); }
}
