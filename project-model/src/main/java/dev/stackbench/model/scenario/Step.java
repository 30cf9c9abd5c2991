package dev.stackbench.model.scenario;

import java.util.List;
import java.util.Map;

/**
 * One request and what must come back. {@code actor} is {@code null} (anonymous), {@code role:NAME} (the seed
 * user of that role), {@code registered} (a freshly registered user) or {@code bearer:TEXT} (a raw, usually bad,
 * token). {@code path} and {@code body} may use {@code {var}} captured earlier and {@code {unique}} (a fresh
 * token per run). {@code capture} maps variable names to JSON pointers into the response.
 */
public record Step(String actor, String method, String path, String body, String contentType, int status,
                   String error, List<FieldMessage> errors, Shape shape, Map<String, String> capture) {
    public Step {
        errors = errors == null ? null : List.copyOf(errors);
        capture = Map.copyOf(capture);
    }

    /** A request expecting {@code status} with a success envelope of {@code shape}. */
    public static Step ok(String actor, String method, String path, String body, int status, Shape shape) {
        return new Step(actor, method, path, body, body == null ? null : "application/json", status, null, null,
                shape, Map.of());
    }

    /** A request expecting a failure envelope with exactly this sentence and (when not null) these errors. */
    public static Step fails(String actor, String method, String path, String body, int status, String error,
                             List<FieldMessage> errors) {
        return new Step(actor, method, path, body, body == null ? null : "application/json", status, error,
                errors, Shape.error(), Map.of());
    }

    public Step capturing(String variable, String pointer) {
        Map<String, String> more = new java.util.LinkedHashMap<>(capture);
        more.put(variable, pointer);
        return new Step(actor, method, path, body, contentType, status, error, errors, shape, more);
    }

    public Step withContentType(String type) {
        return new Step(actor, method, path, body, type, status, error, errors, shape, capture);
    }

    /** One expected entry of {@code errors}. */
    public record FieldMessage(String field, String message) {
    }
}
