package dev.stackbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The naming rules of the design, in one place: entity {@code BlogPost} is table {@code blog_posts}, resource
 * {@code /api/blog-posts}, JSON properties are camelCase, a foreign key of relationship {@code author} is column
 * {@code author_id} and property {@code authorId}, a many-to-many {@code tags} is set with {@code tagIds}.
 */
public final class Naming {
    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people", "child", "children", "man", "men", "woman", "women", "datum", "data",
            "index", "indexes", "status", "statuses", "analysis", "analyses");

    private Naming() {
    }

    /** {@code base}, else {@code base2}, {@code base3}… (joined by {@code separator}): the first not taken. */
    public static String free(String base, String separator, java.util.function.Predicate<String> taken) {
        String name = base;
        for (int i = 2; taken.test(name); i++) {
            name = base + separator + i;
        }
        return name;
    }

    /** Splits {@code BlogPost}, {@code blog_post}, {@code blog-post} or {@code blog post} into lower-case words. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char[] chars = name.trim().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            boolean boundary = Character.isUpperCase(c) && current.length() > 0
                    && (Character.isLowerCase(chars[i - 1]) || Character.isDigit(chars[i - 1])
                    || (i + 1 < chars.length && Character.isLowerCase(chars[i + 1])));
            if (boundary) {
                flush(words, current);
            }
            current.append(Character.toLowerCase(c));
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    public static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(lower)) {
            return IRREGULAR.get(lower);
        }
        if (IRREGULAR.containsValue(lower)) {
            return lower;
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return lower + "es";
        }
        return lower + "s";
    }

    /** {@code BlogPost} → {@code [blog, posts]}: the last word pluralised. */
    private static List<String> pluralWords(String name) {
        List<String> words = new ArrayList<>(words(name));
        if (!words.isEmpty()) {
            int last = words.size() - 1;
            words.set(last, plural(words.get(last)));
        }
        return words;
    }

    public static String snake(String name) {
        return String.join("_", words(name));
    }

    public static String kebab(String name) {
        return String.join("-", words(name));
    }

    public static String camel(String name) {
        List<String> words = words(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? words.get(i) : capitalize(words.get(i)));
        }
        return out.toString();
    }

    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        words(name).forEach(w -> out.append(capitalize(w)));
        return out.toString();
    }

    public static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public static String tableName(Entity entity) {
        return entity.tableName() != null && !entity.tableName().isBlank()
                ? entity.tableName() : String.join("_", pluralWords(entity.name()));
    }

    /** The resource segment of the entity's URLs: {@code blog-posts}. */
    public static String resourceName(Entity entity) {
        return String.join("-", pluralWords(entity.name()));
    }

    public static String resourcePath(Entity entity) {
        return "/api/" + resourceName(entity);
    }

    /** The JSON property of a field: camelCase of its name. */
    public static String property(Field field) {
        return camel(field.name());
    }

    public static String column(Field field) {
        return snake(field.name());
    }

    /** Foreign key column of a relationship on the table that holds it: {@code author_id}. */
    public static String foreignKeyColumn(String relationName) {
        return snake(relationName) + "_id";
    }

    /** Foreign key JSON property: {@code authorId}. */
    public static String foreignKeyProperty(String relationName) {
        return camel(relationName) + "Id";
    }

    /** Many-to-many property set on create and update: {@code tags} → {@code tagIds}. */
    public static String linkIdsProperty(Relationship relationship, Entity target) {
        return camel(target.name()) + "Ids";
    }

    /** The path-variable name of an entity's id in nested routes: {@code postId}. */
    public static String idVariable(Entity entity) {
        return camel(entity.name()) + "Id";
    }

    /** A Java package name segment from a project name: {@code My Blog!} → {@code myblog}. */
    public static String packageName(String projectName) {
        String joined = String.join("", words(projectName == null ? "" : projectName));
        if (joined.isEmpty() || !Character.isLetter(joined.charAt(0))) {
            joined = "app" + joined;
        }
        return "com.example." + joined;
    }
}
