package dev.stackbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for tests of writers: the templates, files by path, every document of a (multi-document) YAML file. */
public final class ExportFiles {
    private static final YAMLMapper YAML = new YAMLMapper();

    private ExportFiles() {
    }

    /** Every starter template's name, for {@code @MethodSource(ExportFiles.TEMPLATES)}. */
    public static List<String> templates() {
        return dev.stackbench.model.template.Templates.NAMES;
    }

    public static final String TEMPLATES = "dev.stackbench.export.ExportFiles#templates";

    public static Map<String, String> byPath(List<GeneratedFile> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), f.content()));
        return out;
    }

    public static List<JsonNode> yamlDocuments(String text) throws IOException {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
            return docs.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        }
    }

    /** The only document of a single-document YAML file. */
    public static JsonNode yaml(String text) throws IOException {
        List<JsonNode> docs = yamlDocuments(text);
        if (docs.size() != 1) {
            throw new IllegalStateException("expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }
}
