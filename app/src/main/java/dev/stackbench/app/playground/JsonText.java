package dev.stackbench.app.playground;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Optional;

/** JSON helpers for the editor: pretty-printing, and the position of the first syntax error. */
public final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /** Pretty-printed JSON, or the text unchanged when it is not JSON (a body may legitimately be plain text). */
    public static String pretty(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(text);
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** Empty when {@code text} is blank or valid JSON; otherwise where and why it is not. */
    public static Optional<SyntaxError> syntaxError(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JSON.readTree(text);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int offset = at == null ? 0 : (int) Math.max(0, Math.min(text.length(), at.getCharOffset()));
            int line = at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            return Optional.of(new SyntaxError(offset, line, column, e.getOriginalMessage()));
        }
    }

    public static Optional<JsonNode> parse(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public record SyntaxError(int offset, int line, int column, String message) {
        public String describe() {
            return "Line " + line + ", column " + column + ": " + message;
        }
    }
}
