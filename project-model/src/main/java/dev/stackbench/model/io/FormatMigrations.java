package dev.stackbench.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The chain of format migrations: the step keyed {@code v} turns a version-{@code v} document into a
 * version-{@code v+1} one. Opening a file runs every step from its version up to
 * {@link ModelJson#FORMAT_VERSION}; changing the format means bumping that constant and adding one step here
 * with a test (rule in docs/decisions/0001-model-file-format.md).
 */
public final class FormatMigrations {
    /** Version 0: the pre-release drafts, with the project object at the top level and no formatVersion. */
    public static final int DRAFT = 0;

    private static final Map<Integer, UnaryOperator<JsonNode>> STEPS = Map.of(
            DRAFT, FormatMigrations::wrapDraft);

    private FormatMigrations() {
    }

    /**
     * The version of a parsed document: its {@code formatVersion}, {@link #DRAFT} when it has none, -1 when it is
     * not a whole number.
     */
    public static int versionOf(JsonNode document) {
        JsonNode version = document.get("formatVersion");
        if (version == null) {
            return DRAFT;
        }
        return version.isIntegralNumber() && version.canConvertToInt() ? version.intValue() : -1;
    }

    /** Migrates {@code document} of version {@code from} to the current version. */
    public static JsonNode toCurrent(JsonNode document, int from) {
        JsonNode migrated = document;
        for (int version = from; version < ModelJson.FORMAT_VERSION; version++) {
            UnaryOperator<JsonNode> step = STEPS.get(version);
            if (step == null) {
                throw new IllegalStateException("No migration from format " + version);
            }
            migrated = step.apply(migrated);
        }
        return migrated;
    }

    private static JsonNode wrapDraft(JsonNode draft) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("formatVersion", 1);
        document.set("project", draft);
        return document;
    }
}
