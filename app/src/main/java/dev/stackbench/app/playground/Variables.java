package dev.stackbench.app.playground;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Postman-style {@code {{variable}}} substitution; unknown variables stay as written so the user sees them. */
public final class Variables {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private Variables() {
    }

    public static String substitute(String text, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Names used in {@code text} that {@code variables} does not define. */
    public static Set<String> undefined(String text, Map<String, String> variables) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!variables.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }
}
