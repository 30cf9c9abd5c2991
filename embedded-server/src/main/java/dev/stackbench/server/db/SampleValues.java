package dev.stackbench.server.db;

import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.sample.PatternSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Realistic sample values by field type and name (an {@code email} looks like an email, a {@code slug} like a
 * slug, enum values come from the model), kept inside the field's length, range and pattern. Deterministic in
 * the row number so seeded databases are reproducible.
 */
final class SampleValues {
    private static final List<String> FIRST = List.of("Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara",
            "Dennis", "Frances", "Ken", "Radia", "Tim", "Hedy");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing",
            "Liskov", "Ritchie", "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr");
    private static final List<String> TITLES = List.of("Getting started with the platform", "Ten lessons from a year in production",
            "Why we moved to event sourcing", "A field guide to indexes", "Designing friendly APIs",
            "Rate limits explained", "What our on-call rota taught us", "Shipping on Fridays, safely");
    private static final List<String> WORDS = List.of("alpha", "bravo", "delta", "echo", "harbor", "lumen", "nova",
            "orbit", "pixel", "quartz", "river", "summit");

    private SampleValues() {
    }

    static String personName(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 5 + 3) % LAST.size());
    }

    static Object value(Field field, int i) {
        return switch (field.type()) {
            case STRING -> text(field, i);
            case TEXT -> fit(field, "Sample " + Naming.words(field.name()).get(0) + " number " + (i + 1)
                    + ". It reads like real content so the playground shows something useful.", i);
            case ENUM -> field.enumValues().isEmpty() ? "value" : field.enumValues().get(i % field.enumValues().size());
            case INT -> (int) number(field, i);
            case LONG -> (long) number(field, i);
            case DECIMAL -> BigDecimal.valueOf((long) number(field, i) * 100 + 99, 2)
                    .setScale(field.scale() == null ? 2 : Math.min(field.scale(), 2), java.math.RoundingMode.HALF_UP);
            case BOOLEAN -> i % 2 == 0;
            case DATE -> LocalDate.of(2024, 1, 1).plusDays(i * 9L);
            case DATETIME -> OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusDays(i * 3L);
            case UUID -> UUID.nameUUIDFromBytes((field.id() + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case JSON -> "{\"note\":\"sample " + (i + 1) + "\"}";
        };
    }

    private static double number(Field field, int i) {
        double lo = field.min() == null ? 1 : field.min();
        double hi = field.max() == null ? Math.max(lo + 100, 100) : field.max();
        double span = Math.max(1, Math.floor(hi - lo));
        return Math.ceil(lo) + ((i * 7L) % (long) span);
    }

    private static String text(Field field, int i) {
        String name = field.name().toLowerCase(Locale.ROOT);
        String raw;
        if (name.contains("email")) {
            String first = FIRST.get(i % FIRST.size()).toLowerCase(Locale.ROOT);
            raw = first + "." + (i + 1) + "@example.com";
        } else if (name.contains("slug")) {
            raw = slug(TITLES.get(i % TITLES.size())) + "-" + (i + 1);
        } else if (name.contains("name")) {
            raw = titleWord(name, i);
        } else if (name.contains("title") || name.contains("subject") || name.contains("headline")) {
            raw = TITLES.get(i % TITLES.size());
        } else if (name.contains("url") || name.contains("website") || name.contains("link")) {
            raw = "https://example.com/" + WORDS.get(i % WORDS.size());
        } else if (name.contains("phone")) {
            raw = "+1 555 01" + String.format("%02d", i % 100);
        } else {
            raw = Naming.capitalize(WORDS.get(i % WORDS.size())) + " " + WORDS.get((i + 5) % WORDS.size());
        }
        if (field.unique() && !name.contains("email") && !name.contains("slug")) {
            raw = raw + " " + (i + 1);
        }
        return fit(field, raw, i);
    }

    private static String titleWord(String name, int i) {
        return name.contains("display") || name.contains("user") || name.contains("full") || name.contains("author")
                ? personName(i) : Naming.capitalize(WORDS.get(i % WORDS.size())) + " " + LAST.get(i % LAST.size());
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Cuts to the maximum length, pads to the minimum, and tries a slug form when a pattern rejects the text. */
    private static String fit(Field field, String raw, int i) {
        String value = raw;
        if (field.pattern() != null && !matches(field.pattern(), value)) {
            String slugged = slug(value);
            value = matches(field.pattern(), slugged) ? slugged
                    : PatternSample.generate(field.pattern(), (field.id() + i).hashCode()).orElse(value);
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            value = value.substring(0, field.maxLength());
        }
        while (field.minLength() != null && value.length() < field.minLength()) {
            value = value + "x";
        }
        return value;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
