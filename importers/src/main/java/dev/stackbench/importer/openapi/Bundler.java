package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stackbench.importer.ImportException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a document and every file its {@code $ref}s point into, and bundles them into one tree: each external
 * target is copied into {@code components/schemas} under its last pointer segment and the reference rewritten
 * to it. The parser then sees one self-contained document with named components (its own 3.1 resolver inlines
 * external schemas and loses their names, which the relations are built from). Syntax errors name the file,
 * line and column.
 */
final class Bundler {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final Map<URI, JsonNode> files = new HashMap<>();
    /** "file#pointer" → the component name it was copied to. */
    private final Map<String, String> copied = new HashMap<>();
    private final String location;
    private ObjectNode schemas;

    private Bundler(String location) {
        this.location = location;
    }

    /** The bundled tree, and where each copied component came from (name → {@code file#pointer}). */
    record Bundle(JsonNode root, Map<String, String> origins) {
    }

    static Bundle bundle(String location) throws ImportException {
        Bundler b = new Bundler(location);
        JsonNode root = b.run();
        Map<String, String> origins = new HashMap<>();
        b.copied.forEach((key, name) -> origins.put(name, key));
        return new Bundle(root, origins);
    }

    private JsonNode run() throws ImportException {
        URI root = location.matches("(?i)https?://.*") ? URI.create(location)
                : location.startsWith("file:") ? URI.create(location) : Path.of(location).toAbsolutePath().toUri();
        JsonNode doc = load(root);
        if (!doc.isObject()) {
            throw new ImportException(location, "/", "is not an OpenAPI document (not an object)");
        }
        ObjectNode components = doc.has("components") && doc.get("components").isObject()
                ? (ObjectNode) doc.get("components") : ((ObjectNode) doc).putObject("components");
        schemas = components.has("schemas") && components.get("schemas").isObject()
                ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
        rewrite(doc, root, true);
        return doc;
    }

    private void rewrite(JsonNode node, URI base, boolean inRoot) throws ImportException {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                boolean external = !target.startsWith("#");
                if (external || !inRoot) {
                    object.put("$ref", "#/components/schemas/" + copy(base, target));
                }
            }
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                rewrite(field.getValue(), base, inRoot);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                rewrite(item, base, inRoot);
            }
        }
    }

    /** Copies the target of {@code ref} (relative to {@code base}) into the components; its name there. */
    private String copy(URI base, String ref) throws ImportException {
        int hash = ref.indexOf('#');
        URI file = hash == 0 ? base : base.resolve(hash < 0 ? ref : ref.substring(0, hash));
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        String key = file + "#" + pointer;
        if (copied.containsKey(key)) {
            return copied.get(key);
        }
        JsonNode target = load(file).at(pointer.isEmpty() ? "" : pointer);
        if (target.isMissingNode()) {
            throw new ImportException(file.toString(), pointer, "the $ref target does not exist");
        }
        String last = pointer.isEmpty() ? Path.of(file.getPath()).getFileName().toString().replaceAll("\\..*$", "")
                : pointer.substring(pointer.lastIndexOf('/') + 1);
        String name = dev.stackbench.model.Naming.free(last, "", schemas::has);
        copied.put(key, name);
        JsonNode clone = target.deepCopy();
        schemas.set(name, clone);
        rewrite(clone, file, false);
        return name;
    }

    private JsonNode load(URI uri) throws ImportException {
        URI file = URI.create(uri.toString().replaceAll("#.*$", ""));
        if (files.containsKey(file)) {
            return files.get(file);
        }
        String text = read(file);
        String name = file.getScheme() != null && file.getScheme().equals("file") ? Path.of(file).toString()
                : file.toString();
        ObjectMapper mapper = text.stripLeading().startsWith("{") ? new ObjectMapper() : new YAMLMapper();
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null) {
                throw new ImportException(name, "", "is empty");
            }
            files.put(file, node);
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(name, at == null ? "" : "line " + at.getLineNr() + ", column "
                    + at.getColumnNr(), "is not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage());
        }
    }

    private String read(URI file) throws ImportException {
        try {
            if ("http".equals(file.getScheme()) || "https".equals(file.getScheme())) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(file).timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new ImportException(file.toString(), "", "answered HTTP " + response.statusCode());
                }
                return response.body();
            }
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new ImportException(file.getScheme().equals("file") ? Path.of(file).toString() : file.toString(),
                    "", "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(file.toString(), "", "reading was interrupted");
        }
    }
}
