package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.Map;
import java.util.Set;

/**
 * The example answer of a custom endpoint: the documented example (ours are enveloped: the {@code data} part is
 * the answer), else the first named example, else a value built from the response schema (its examples and
 * defaults where given).
 */
final class Examples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Examples() {
    }

    static String of(Doc doc, Operation o, int status, String pointer) {
        ApiResponse response = o.getResponses() == null ? null : o.getResponses().get(Integer.toString(status));
        if (response == null || response.getContent() == null) {
            return null;
        }
        MediaType media = response.getContent().entrySet().stream().filter(m -> m.getKey().contains("json"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (media == null) {
            doc.report.note(pointer, "the answer is not JSON; the custom endpoint answers without an example");
            return null;
        }
        JsonNode example = null;
        if (media.getExample() != null) {
            example = Doc.JSON.valueToTree(media.getExample());
        } else if (media.getExamples() != null && !media.getExamples().isEmpty()) {
            Example first = media.getExamples().values().iterator().next();
            example = first.getValue() == null ? null : Doc.JSON.valueToTree(first.getValue());
        }
        if (example == null && media.getSchema() != null) {
            example = build(doc, media.getSchema(), 0);
        }
        if (example != null && example.isObject() && example.has("success") && example.has("data")) {
            example = example.get("data");
        }
        return example == null ? null : example.toString();
    }

    private static JsonNode build(Doc doc, Schema<?> schema, int depth) {
        Schema<?> s = doc.deref(schema);
        if (s.getExample() != null) {
            return Doc.JSON.valueToTree(s.getExample());
        }
        if (s.getDefault() != null) {
            return Doc.JSON.valueToTree(s.getDefault());
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return Doc.JSON.valueToTree(s.getEnum().get(0));
        }
        if (depth > 5) {
            return NODES.nullNode();
        }
        Set<String> types = Doc.nonNullTypes(s);
        if (s.getProperties() != null || types.contains("object")) {
            ObjectNode out = NODES.objectNode();
            if (s.getProperties() != null) {
                s.getProperties().forEach((name, p) -> out.set(name, build(doc, p, depth + 1)));
            }
            return out;
        }
        if (types.contains("array")) {
            ArrayNode out = NODES.arrayNode();
            if (s.getItems() != null) {
                out.add(build(doc, s.getItems(), depth + 1));
            }
            return out;
        }
        if (types.contains("integer")) {
            return NODES.numberNode(1);
        }
        if (types.contains("number")) {
            return NODES.numberNode(1.5);
        }
        if (types.contains("boolean")) {
            return NODES.booleanNode(true);
        }
        if (types.contains("string")) {
            return NODES.textNode("string");
        }
        return NODES.nullNode();
    }
}
