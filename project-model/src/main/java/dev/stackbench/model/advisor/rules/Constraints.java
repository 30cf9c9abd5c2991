package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;

/** Contradictions inside one field's constraints, described for DM-13; null when the field is consistent. */
final class Constraints {
    private Constraints() {
    }

    static String problem(Field f) {
        if (f.type() == FieldType.ENUM && f.enumValues().isEmpty()) {
            return "an enum needs at least one value";
        }
        if (f.minLength() != null && f.maxLength() != null && f.minLength() > f.maxLength()) {
            return "minimum length " + f.minLength() + " is above maximum length " + f.maxLength();
        }
        if (f.min() != null && f.max() != null && f.min() > f.max()) {
            return "minimum " + f.min() + " is above maximum " + f.max();
        }
        String value = f.defaultValue();
        if (value == null) {
            return null;
        }
        if (f.type() == FieldType.ENUM && !f.enumValues().contains(value)) {
            return "default '" + value + "' is not one of " + f.enumValues();
        }
        if (f.type().isNumeric()) {
            return numericDefault(f, value);
        }
        if (f.type().isTextual() && f.maxLength() != null && value.length() > f.maxLength()) {
            return "default is longer than the maximum length " + f.maxLength();
        }
        return null;
    }

    private static String numericDefault(Field f, String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return "default '" + value + "' is not a number";
        }
        if ((f.min() != null && number < f.min()) || (f.max() != null && number > f.max())) {
            return "default " + value + " is outside the range " + f.min() + "…" + f.max();
        }
        return null;
    }
}
