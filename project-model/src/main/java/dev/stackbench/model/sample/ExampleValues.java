package dev.stackbench.model.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Valid example values for an entity's writable properties: they satisfy type, length, range, enum and the
 * common patterns (email, slug, URL, phone). Foreign keys and links point at id {@code 1}, which the live
 * server's seed rows always have. {@code variant} makes unique values differ between calls.
 */
public final class ExampleValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExampleValues() {
    }

    /** A create body: every required property and every optional field, minus server-controlled ones. */
    public static ObjectNode body(Project project, Entity entity, int variant) {
        ObjectNode body = NODES.objectNode();
        for (Field field : entity.fields()) {
            if (!isServerControlled(project, entity, field)) {
                body.set(Naming.property(field), value(field, variant));
            }
        }
        for (Relationship r : entity.relationships()) {
            if (r.id().equals(entity.ownerRelationshipId()) || project.entity(r.targetEntityId()).isEmpty()) {
                continue;
            }
            if (r.kind().foreignKeyOnSource()) {
                body.put(Naming.foreignKeyProperty(r.name()), 1);
            } else if (r.kind() == RelationKind.MANY_TO_MANY) {
                body.set(Naming.linkIdsProperty(r, project.entity(r.targetEntityId()).orElseThrow()),
                        NODES.arrayNode().add(1));
            }
        }
        return body;
    }

    /** The password hash field of the user entity is set through the auth routes, never as a property. */
    private static boolean isServerControlled(Project project, Entity entity, Field field) {
        return field.sensitive()
                || (entity.id().equals(project.auth().userEntityId())
                && field.id().equals(project.auth().roleFieldId()));
    }

    public static JsonNode value(Field field, int variant) {
        String name = field.name().toLowerCase(Locale.ROOT);
        return switch (field.type()) {
            case STRING, TEXT -> NODES.textNode(text(field, name, variant));
            case INT, LONG -> NODES.numberNode(number(field, variant).longValue());
            case DECIMAL -> NODES.numberNode(number(field, variant).setScale(
                    field.scale() == null ? 2 : Math.min(field.scale(), 2), java.math.RoundingMode.HALF_UP));
            case BOOLEAN -> NODES.booleanNode(true);
            case DATE -> NODES.textNode("2026-0" + (1 + variant % 9) + "-15");
            case DATETIME -> NODES.textNode("2026-0" + (1 + variant % 9) + "-15T10:30:00Z");
            case UUID -> NODES.textNode(new java.util.UUID(0x5eed, variant + 1L).toString());
            case ENUM -> NODES.textNode(field.defaultValue() != null && field.enumValues().contains(field.defaultValue())
                    ? field.defaultValue() : field.enumValues().isEmpty() ? "" : field.enumValues().get(0));
            case JSON -> NODES.objectNode().put("example", true);
        };
    }

    private static BigDecimal number(Field field, int variant) {
        double low = field.min() == null ? 0 : field.min();
        double high = field.max() == null ? low + 100 : field.max();
        double candidate = Math.min(high, Math.max(low, Math.ceil(low) + 1 + variant % 10));
        return BigDecimal.valueOf(candidate);
    }

    private static String text(Field field, String name, int variant) {
        String suffix = variant == 0 ? "" : String.valueOf(variant);
        String candidate;
        if (name.contains("email")) {
            candidate = "alex" + suffix + "@example.com";
        } else if (name.contains("slug")) {
            candidate = "hello-world" + (suffix.isEmpty() ? "" : "-" + suffix);
        } else if (name.contains("url") || name.contains("website")) {
            candidate = "https://example.com/" + (suffix.isEmpty() ? "page" : "page-" + suffix);
        } else if (name.contains("phone")) {
            candidate = "+4930123456" + (variant % 10);
        } else if (name.contains("name")) {
            candidate = "Alex Morgan" + (suffix.isEmpty() ? "" : " " + suffix);
        } else if (field.type() == dev.stackbench.model.FieldType.TEXT || name.contains("body")) {
            candidate = "A short example text that reads like real content" + suffix + ".";
        } else {
            candidate = Naming.capitalize(String.join(" ", Naming.words(field.name()))) + " example" + suffix;
        }
        return fitLength(field, candidate);
    }

    private static String fitLength(Field field, String candidate) {
        String text = candidate;
        if (field.minLength() != null) {
            while (text.length() < field.minLength()) {
                text = text + " more";
            }
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            text = text.substring(0, field.maxLength()).trim();
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            String alnum = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return matches(field.pattern(), alnum) ? alnum : text;
        }
        return text;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }
}
