package dev.stackbench.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.stackbench.model.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the bytes of a model file into a {@link Project}: migrates older formats, refuses newer ones, and
 * reports every problem with the file name and, where JSON is at fault, line and column. A current-format file
 * is bound straight from its bytes (one pass, and mapping errors keep their position); older ones go through
 * a tree and {@link FormatMigrations}.
 */
final class ModelReader {
    private static final List<String> PROJECT_KEYS = List.of("meta", "stack", "features", "entities", "endpoints",
            "auth", "channels");

    private ModelReader() {
    }

    static Project read(Path file, byte[] content) throws ModelFileException {
        try {
            if (startsWithCurrentVersion(content)) {
                return ModelJson.mapper().readValue(content, ModelJson.ModelDocument.class).project();
            }
            JsonNode migrated = migrate(file, ModelJson.mapper().readTree(content));
            return ModelJson.mapper().treeToValue(migrated, ModelJson.ModelDocument.class).project();
        } catch (ModelFileException e) {
            throw e;
        } catch (JsonMappingException e) {
            throw e.getCause() instanceof JsonProcessingException syntax ? notJson(file, syntax) : mismatch(file, e);
        } catch (JsonProcessingException e) {
            throw notJson(file, e);
        } catch (IOException e) {
            throw new ModelFileException(file, -1, -1, file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when the document opens with {@code {"formatVersion": CURRENT} }, as every file this build writes. */
    private static boolean startsWithCurrentVersion(byte[] content) {
        try (JsonParser parser = ModelJson.mapper().createParser(content)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "formatVersion".equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getIntValue() == ModelJson.FORMAT_VERSION;
        } catch (IOException e) {
            return false; // the full read below reports it with its position
        }
    }

    private static JsonNode migrate(Path file, JsonNode document) throws ModelFileException {
        if (document == null || document.isMissingNode()) {
            throw new ModelFileException(file, file + " is empty; it is not a Stackbench model");
        }
        if (!document.isObject()) {
            throw new ModelFileException(file, file + " is not a Stackbench model: it holds a JSON "
                    + document.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object");
        }
        int version = FormatMigrations.versionOf(document);
        if (version == FormatMigrations.DRAFT && PROJECT_KEYS.stream().noneMatch(document::has)) {
            throw new ModelFileException(file, file + " is not a Stackbench model: it has no formatVersion and "
                    + "no project");
        }
        if (version < 0) {
            throw new ModelFileException(file, file + " has an invalid formatVersion "
                    + document.get("formatVersion") + "; expected a whole number");
        }
        if (version > ModelJson.FORMAT_VERSION) {
            throw new ModelFileException(file, file + " was written by a newer Stackbench (format " + version
                    + "); this build reads up to " + ModelJson.FORMAT_VERSION);
        }
        return FormatMigrations.toCurrent(document, version);
    }

    private static ModelFileException notJson(Path file, JsonProcessingException e) {
        return new ModelFileException(file, line(e), column(e),
                file + " is not valid JSON" + position(e) + ": " + e.getOriginalMessage(), e);
    }

    private static ModelFileException mismatch(Path file, JsonMappingException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return new ModelFileException(file, line(e), column(e),
                    file + " has more content after the end of the model" + position(e), e);
        }
        String reason = e instanceof UnrecognizedPropertyException unknown
                ? "unknown property \"" + unknown.getPropertyName() + "\"" : e.getOriginalMessage();
        return new ModelFileException(file, line(e), column(e),
                file + " does not match the Stackbench model at " + pathOf(e) + position(e) + ": " + reason, e);
    }

    /** The JSON path of a mapping error, e.g. {@code project.entities[2].fields[0].type}. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }

    private static String position(JsonProcessingException e) {
        return line(e) < 0 ? "" : " (line " + line(e) + ", column " + column(e) + ")";
    }

    private static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location == JsonLocation.NA ? -1 : location.getLineNr();
    }

    private static int column(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location == JsonLocation.NA ? -1 : location.getColumnNr();
    }
}
