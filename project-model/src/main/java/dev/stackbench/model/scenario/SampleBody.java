package dev.stackbench.model.scenario;

import dev.stackbench.model.Field;
import dev.stackbench.model.plan.Column;

import java.util.Locale;
import java.util.Map;

/**
 * A valid JSON body for an entity: every required field and every optional one without a pattern, values inside
 * the field's constraints; unique values carry {@code {unique}} and foreign keys the captured {@code {var}}.
 */
final class SampleBody {
    private SampleBody() {
    }

    /** {@code fkVars} maps a foreign-key property to the variable holding an existing id. */
    static String of(EntityFacts facts, Map<String, String> fkVars, String salt) {
        StringBuilder json = new StringBuilder("{");
        for (Field f : facts.writableFields()) {
            if (!f.required() && f.pattern() != null) {
                continue;
            }
            append(json, camel(f.name()), value(f, salt));
        }
        for (Column fk : facts.writableForeignKeys()) {
            if (fkVars.containsKey(fk.property())) {
                append(json, fk.property(), "{" + fkVars.get(fk.property()) + "}");
            }
        }
        return json.append("}").toString();
    }

    private static void append(StringBuilder json, String property, String value) {
        if (json.length() > 1) {
            json.append(",");
        }
        json.append('"').append(property).append("\":").append(value);
    }

    static String camel(String name) {
        return dev.stackbench.model.Naming.camel(name);
    }

    /** A JSON literal for the field. */
    static String value(Field f, String salt) {
        return switch (f.type()) {
            case STRING, TEXT -> quote(text(f, salt));
            case ENUM -> quote(f.enumValues().isEmpty() ? "value" : f.enumValues().get(0));
            case INT, LONG -> Long.toString(f.min() == null ? 1 : (long) Math.ceil(f.min()));
            case DECIMAL -> f.min() == null ? "12.5" : Double.toString(Math.ceil(f.min()) + 0.5);
            case BOOLEAN -> "true";
            case DATE -> quote("2024-05-01");
            case DATETIME -> quote("2024-05-01T10:00:00Z");
            case UUID -> quote("3f2a1c9e-8b7d-4e6f-9a0b-1c2d3e4f5a6b");
            case JSON -> "{\"sample\":true}";
        };
    }

    private static String text(Field f, String salt) {
        String name = f.name().toLowerCase(Locale.ROOT);
        String unique = f.unique() ? "{unique}" : "";
        String raw;
        if (name.contains("email")) {
            raw = "user" + salt + unique + "@example.com";
        } else if (f.pattern() != null) {
            raw = patterned(f, salt, unique);
        } else {
            raw = "Sample " + name + " " + salt + unique;
        }
        int max = f.maxLength() == null ? 255 : f.maxLength();
        if (raw.length() > max) {
            raw = raw.substring(0, max);
        }
        StringBuilder padded = new StringBuilder(raw);
        while (f.minLength() != null && padded.length() < f.minLength()) {
            padded.append('x');
        }
        return padded.toString();
    }

    /** Keeps the run-time {@code {unique}} when the pattern allows it, else generates a matching value. */
    private static String patterned(Field f, String salt, String unique) {
        String plain = "sample" + salt + unique;
        if (java.util.regex.Pattern.compile(f.pattern()).matcher(plain.replace("{unique}", "q1w2e3r4")).find()) {
            return plain;
        }
        return dev.stackbench.model.sample.PatternSample.generate(f.pattern(), (f.id() + salt).hashCode())
                .orElse(plain);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
