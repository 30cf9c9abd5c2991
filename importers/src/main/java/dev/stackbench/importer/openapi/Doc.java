package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stackbench.importer.ImportReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed document and the report, with the few questions every mapper asks of a schema: its JSON types
 * (3.0 {@code type} + {@code nullable}, or 3.1 type arrays), the component a {@code $ref} names, and the
 * {@code x-stackbench-*} extensions as JSON trees.
 */
final class Doc {
    static final String X = "x-stackbench-";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENT = "#/components/schemas/";

    final OpenAPI api;
    final ImportReport report;

    Doc(OpenAPI api, ImportReport report) {
        this.api = api;
        this.report = report;
    }

    Map<String, Schema> components() {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas();
    }

    /** The component name a {@code $ref} points at (after the external refs were pulled into components). */
    static Optional<String> refName(Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return Optional.empty();
        }
        String ref = schema.get$ref();
        return Optional.of(ref.startsWith(COMPONENT) ? ref.substring(COMPONENT.length()) : ref);
    }

    /** The schema itself, or the component its {@code $ref} names. */
    Schema<?> deref(Schema<?> schema) {
        return refName(schema).<Schema<?>>map(n -> components().get(n)).orElse(schema);
    }

    /**
     * A property that only wraps a reference: {@code $ref}, {@code allOf: [$ref]} or {@code anyOf/oneOf:
     * [$ref, {type: null}]} (how 3.1 documents say "nullable reference").
     */
    static Optional<String> wrappedRef(Schema<?> schema) {
        if (schema == null) {
            return Optional.empty();
        }
        Optional<String> direct = refName(schema);
        if (direct.isPresent()) {
            return direct;
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts == null) {
                continue;
            }
            List<Schema> refs = parts.stream().filter(p -> p.get$ref() != null).toList();
            boolean rest = parts.stream().allMatch(p -> p.get$ref() != null || types(p).equals(Set.of("null")));
            if (refs.size() == 1 && rest) {
                return refName(refs.get(0));
            }
        }
        return Optional.empty();
    }

    /** The JSON types of a schema without {@code "null"}. */
    static Set<String> types(Schema<?> schema) {
        Set<String> out = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            out.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            out.add(schema.getType());
        }
        return out;
    }

    static Set<String> nonNullTypes(Schema<?> schema) {
        Set<String> out = new LinkedHashSet<>(types(schema));
        out.remove("null");
        return out;
    }

    static boolean nullable(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable()) || types(schema).contains("null")) {
            return true;
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null && parts.stream().anyMatch(p -> types(p).equals(Set.of("null")))) {
                return true;
            }
        }
        return false;
    }

    /** An {@code x-stackbench-NAME} extension as a JSON tree (missing when absent). */
    static JsonNode ext(Map<String, Object> extensions, String name) {
        if (extensions == null || !extensions.containsKey(X + name)) {
            return MissingNode.getInstance();
        }
        return JSON.valueToTree(extensions.get(X + name));
    }

    static JsonNode ext(Schema<?> schema, String name) {
        return schema == null ? MissingNode.getInstance() : ext(schema.getExtensions(), name);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A JSON pointer segment: {@code ~} and {@code /} escaped (RFC 6901). */
    static String segment(String raw) {
        return raw.replace("~", "~0").replace("/", "~1");
    }
}
