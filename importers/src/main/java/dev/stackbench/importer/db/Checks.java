package dev.stackbench.importer.db;

import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check constraints a field can say: a list of allowed values (an enum), a length range, a value range and,
 * on MariaDB, {@code json_valid(col)} (its JSON type). PostgreSQL and MariaDB print clauses differently (casts,
 * quotes, {@code = ANY (ARRAY[...])} or {@code IN (...)}); the patterns accept both. A clause none of them reads
 * is returned to the caller to report.
 */
final class Checks {
    private static final String COL = "[\"`(]*([A-Za-z_][A-Za-z0-9_]*)[\"`)]*(?:::[a-z ]+)?\\)*";
    private static final Pattern ANY = Pattern.compile("\\(*" + COL + "\\s*=\\s*ANY\\s*\\(\\(?ARRAY\\[(.*)]\\)*.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN = Pattern.compile("\\(*" + COL + "\\s+IN\\s*\\((.*)\\)\\)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\(*(?:char_length|length|character_length)\\(" + COL
            + "\\)\\s*(>=|<=|>|<)\\s*(\\d+)\\)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("\\(*" + COL + "\\s*(>=|<=|>|<)\\s*\\(?'?(-?[0-9.]+)'?"
            + "(?:::[a-z ]+)?\\)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON = Pattern.compile("\\(*json_valid\\(" + COL + "\\)\\)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    private Checks() {
    }

    /** The column a clause is about, or null when no pattern reads it. */
    static String column(String clause) {
        for (Pattern p : List.of(ANY, IN, LENGTH, RANGE, JSON)) {
            Matcher m = p.matcher(clause.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code field} with what {@code clause} says about it. */
    static Field apply(Field field, String clause) {
        String c = clause.strip();
        Matcher m;
        if ((m = ANY.matcher(c)).matches() || (m = IN.matcher(c)).matches()) {
            List<String> values = new ArrayList<>();
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                values.add(q.group(1).replace("''", "'"));
            }
            return field.withType(FieldType.ENUM).withEnumValues(values).withLength(null, null);
        }
        if ((m = LENGTH.matcher(c)).matches()) {
            int n = Integer.parseInt(m.group(3));
            return m.group(2).startsWith(">") ? field.withLength(m.group(2).equals(">") ? n + 1 : n, field.maxLength())
                    : field.withLength(field.minLength(), m.group(2).equals("<") ? n - 1 : n);
        }
        if ((m = RANGE.matcher(c)).matches()) {
            double n = Double.parseDouble(m.group(3));
            return m.group(2).startsWith(">") ? field.withRange(n, field.max()) : field.withRange(field.min(), n);
        }
        if (JSON.matcher(c).matches()) {
            return field.withType(FieldType.JSON).withLength(null, null);
        }
        return field;
    }
}
