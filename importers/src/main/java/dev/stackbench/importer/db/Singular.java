package dev.stackbench.importer.db;

import dev.stackbench.model.Naming;

import java.util.Map;

/** The inverse of {@link Naming#plural}: {@code categories} → {@code category}, {@code people} → {@code person}. */
final class Singular {
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "men", "man",
            "women", "woman", "data", "datum", "indexes", "index", "statuses", "status", "analyses", "analysis");

    private Singular() {
    }

    static String of(String word) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String end : new String[] {"sses", "xes", "zes", "ches", "shes"}) {
            if (word.endsWith(end)) {
                return word.substring(0, word.length() - 2);
            }
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 1) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** {@code blog_posts} → {@code BlogPost}: words, the last one singular, Pascal case. */
    static String entityName(String table) {
        var words = new java.util.ArrayList<>(Naming.words(table));
        if (!words.isEmpty()) {
            words.set(words.size() - 1, of(words.get(words.size() - 1)));
        }
        return Naming.pascal(String.join(" ", words));
    }
}
