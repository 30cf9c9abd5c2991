package dev.stackbench.model.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates a string that matches a simple regular expression (anchors, literals, escapes such as {@code \d},
 * character classes with ranges, groups with alternation, and the quantifiers {@code ? * + {n} {n,m}}), so sample
 * rows and scenario bodies satisfy a field's pattern (e.g. {@code ^INV-[0-9]{4}-[0-9]{5}$}). Anything fancier
 * (look-arounds, back-references) gives an empty result. The result is always re-checked against the pattern.
 */
public final class PatternSample {
    private final String regex;
    private final Random random;
    private int pos;

    private PatternSample(String regex, long seed) {
        this.regex = regex;
        this.random = new Random(seed);
    }

    public static Optional<String> generate(String regex, long seed) {
        try {
            PatternSample generator = new PatternSample(regex, seed);
            String out = generator.alternation();
            if (generator.pos != regex.length()) {
                return Optional.empty();
            }
            return Pattern.compile(regex).matcher(out).find() ? Optional.of(out) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String alternation() {
        String first = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            char c = regex.charAt(pos);
            if (c == '^' || c == '$') {
                pos++;
                continue;
            }
            int start = pos;
            atom();
            int end = pos;
            int times = quantifier();
            for (int i = 0; i < times; i++) {
                pos = start;
                out.append(atom());
            }
            pos = times == 0 ? end : pos;
            skipQuantifier();
        }
        return out.toString();
    }

    private String atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", pos)) {
                    pos += 2;
                } else if (regex.charAt(pos) == '?') {
                    throw new IllegalArgumentException("look-arounds are not generated");
                }
                String inner = alternation();
                pos++;
                return inner;
            }
            case '[' -> {
                return String.valueOf(charClass());
            }
            case '\\' -> {
                return String.valueOf(escape(regex.charAt(pos++)));
            }
            case '.' -> {
                return String.valueOf((char) ('a' + random.nextInt(26)));
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private char escape(char e) {
        return switch (e) {
            case 'd' -> (char) ('0' + random.nextInt(10));
            case 'w', 'S' -> (char) ('a' + random.nextInt(26));
            case 's' -> ' ';
            default -> e;
        };
    }

    private char charClass() {
        boolean negated = regex.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        List<Character> options = new ArrayList<>();
        StringBuilder excluded = new StringBuilder();
        while (regex.charAt(pos) != ']') {
            char from = regex.charAt(pos++);
            if (from == '\\') {
                from = escape(regex.charAt(pos++));
            }
            if (regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                char to = regex.charAt(pos + 1);
                pos += 2;
                for (char x = from; x <= to; x++) {
                    options.add(x);
                    excluded.append(x);
                }
            } else {
                options.add(from);
                excluded.append(from);
            }
        }
        pos++;
        if (negated) {
            String pool = "abcdefghijklmnopqrstuvwxyz0123456789";
            options.clear();
            pool.chars().filter(ch -> excluded.indexOf(String.valueOf((char) ch)) < 0)
                    .forEach(ch -> options.add((char) ch));
        }
        return options.get(random.nextInt(options.size()));
    }

    /** How many times the atom just read repeats (reads but does not consume the quantifier). */
    private int quantifier() {
        if (pos >= regex.length()) {
            return 1;
        }
        char q = regex.charAt(pos);
        if (q == '?') {
            return 1;
        }
        if (q == '*' || q == '+') {
            return 1 + random.nextInt(3);
        }
        if (q == '{') {
            String body = regex.substring(pos + 1, regex.indexOf('}', pos));
            String[] parts = body.split(",", -1);
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
            return Math.max(min, Math.min(max, min + random.nextInt(3)));
        }
        return 1;
    }

    private void skipQuantifier() {
        if (pos >= regex.length()) {
            return;
        }
        char q = regex.charAt(pos);
        if (q == '?' || q == '*' || q == '+') {
            pos++;
        } else if (q == '{') {
            pos = regex.indexOf('}', pos) + 1;
        }
    }
}
