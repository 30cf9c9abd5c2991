package dev.stackbench.model.advisor.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reading resource paths: their first resource segment, plurality, verbs and case. */
final class PathWords {
    private static final Set<String> FIXED = Set.of("auth", "streams", "oauth");
    private static final List<String> VERBS = List.of("get", "list", "fetch", "create", "add", "update", "set",
            "delete", "remove", "do", "make");
    private static final List<String> CHANGING = List.of("create", "add", "update", "set", "delete", "remove",
            "reset", "approve", "cancel", "publish", "archive");

    private PathWords() {
    }

    /** The segment after {@code /api/}, unless it is one of the fixed non-resource roots. */
    static String resource(String path) {
        String[] parts = path.split("/");
        if (parts.length < 3 || !parts[1].equals("api") || parts[2].startsWith("{") || FIXED.contains(parts[2])) {
            return null;
        }
        return parts[2];
    }

    static boolean looksPlural(String segment) {
        String[] words = segment.split("-");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return last.endsWith("s") || Set.of("people", "children", "data", "men", "women", "media", "me")
                .contains(last);
    }

    static String problem(String path) {
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{")) {
                continue;
            }
            if (!segment.equals(segment.toLowerCase(Locale.ROOT)) || segment.contains("_")) {
                return "segment '" + segment + "' should be kebab-case ('" + dev.stackbench.model.Naming.kebab(segment)
                        + "')";
            }
            for (String verb : VERBS) {
                if (segment.startsWith(verb + "-") || segment.equals(verb)) {
                    return "segment '" + segment + "' is a verb; let the HTTP method say it";
                }
            }
        }
        return null;
    }

    static boolean hasChangingVerb(String path) {
        for (String segment : path.toLowerCase(Locale.ROOT).split("[/-]")) {
            if (CHANGING.contains(segment)) {
                return true;
            }
        }
        return false;
    }
}
