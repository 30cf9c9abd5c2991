package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Endpoint;

import java.util.Map;

/** The envelope, page and error schemas, and the standard failure responses of the wire contract. */
final class Envelopes {
    private static final Map<String, String[]> FAILURES = new java.util.LinkedHashMap<>();

    static {
        FAILURES.put("400", new String[] {"BadRequest", "Malformed JSON, a wrong type, an unknown or read-only property, or a bad query parameter"});
        FAILURES.put("401", new String[] {"Unauthorized", "No credentials, or credentials that are invalid or expired"});
        FAILURES.put("403", new String[] {"Forbidden", "The caller's role may not do this, or the row is someone else's"});
        FAILURES.put("404", new String[] {"NotFound", "No such route or row"});
        FAILURES.put("409", new String[] {"Conflict", "A unique value is taken, or the row is still referenced"});
        FAILURES.put("413", new String[] {"PayloadTooLarge", "The body is over the size limit"});
        FAILURES.put("415", new String[] {"UnsupportedMediaType", "The body is not application/json"});
        FAILURES.put("422", new String[] {"Unprocessable", "A constraint failed; errors lists every failing property"});
        FAILURES.put("429", new String[] {"TooManyRequests", "Rate limited; retry after Retry-After seconds"});
        FAILURES.put("500", new String[] {"ServerError", "An unexpected failure (logged with the request id)"});
        FAILURES.put("501", new String[] {"NotImplemented", "The operation's business logic is not written yet"});
    }

    private Envelopes() {
    }

    static void common(ObjectNode schemas) {
        ObjectNode meta = schemas.putObject("Meta").put("type", "object");
        meta.putObject("properties").putObject("requestId").put("type", "string");
        meta.putArray("required").add("requestId");
        ObjectNode pageMeta = schemas.putObject("PageMeta").put("type", "object");
        ObjectNode pm = pageMeta.putObject("properties");
        pm.putObject("requestId").put("type", "string");
        pm.putObject("total").put("type", "integer").put("minimum", 0);
        pm.putObject("page").put("type", "integer").put("minimum", 1);
        pm.putObject("limit").put("type", "integer").put("minimum", 1);
        pageMeta.putArray("required").add("requestId").add("total").add("page").add("limit");
        ObjectNode fieldError = schemas.putObject("FieldError").put("type", "object");
        ObjectNode fe = fieldError.putObject("properties");
        fe.putObject("field").put("type", "string");
        fe.putObject("message").put("type", "string");
        fieldError.putArray("required").add("field").add("message");
        ObjectNode error = schemas.putObject("Error").put("type", "object");
        ObjectNode ep = error.putObject("properties");
        ep.putObject("success").put("const", false);
        ep.putObject("data").put("type", "null");
        ep.putObject("error").put("type", "string");
        ep.putObject("errors").put("type", "array").putObject("items").put("$ref", "#/components/schemas/FieldError");
        ep.putObject("meta").put("$ref", "#/components/schemas/Meta");
        error.putArray("required").add("success").add("data").add("error").add("meta");
        ObjectNode any = schemas.putObject("Envelope").put("type", "object");
        ObjectNode ap = any.putObject("properties");
        ap.putObject("success").put("const", true);
        ap.putObject("data");
        ap.putObject("error").put("type", "null");
        ap.putObject("meta").put("$ref", "#/components/schemas/Meta");
        any.putArray("required").add("success").add("data").add("error").add("meta");
    }

    /** A success envelope around {@code ref}: one object, or a page of them. */
    static ObjectNode of(String ref, boolean page) {
        ObjectNode schema = Yaml.object().put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.putObject("success").put("const", true);
        if (page) {
            p.putObject("data").put("type", "array").putObject("items").put("$ref", ref);
            p.putObject("meta").put("$ref", "#/components/schemas/PageMeta");
        } else {
            p.putObject("data").put("$ref", ref);
            p.putObject("meta").put("$ref", "#/components/schemas/Meta");
        }
        p.putObject("error").put("type", "null");
        schema.putArray("required").add("success").add("data").add("error").add("meta");
        return schema;
    }

    static ObjectNode responses() {
        ObjectNode responses = Yaml.object();
        FAILURES.forEach((status, r) -> {
            ObjectNode response = responses.putObject(r[0]).put("description", r[1]);
            if (status.equals("429")) {
                response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                        .putObject("schema").put("type", "integer");
            }
            response.putObject("content").putObject("application/json").putObject("schema")
                    .put("$ref", "#/components/schemas/Error");
        });
        return responses;
    }

    /**
     * The responses of an operation: failures by reference, successes with their envelope schema ({@code null}
     * for no body, {@code ""} for the generic envelope of custom endpoints).
     */
    static ObjectNode answer(Map<String, String> statuses, Endpoint ep) {
        ObjectNode out = Yaml.object();
        statuses.forEach((status, ref) -> {
            if (FAILURES.containsKey(status) && (ref == null)) {
                out.putObject(status).put("$ref", "#/components/responses/" + FAILURES.get(status)[0]);
            } else if (status.equals("204")) {
                out.putObject(status).put("description", "Deleted; no body");
            } else {
                ObjectNode r = out.putObject(status).put("description", ep.summary().isBlank() ? "OK" : ep.summary());
                if (status.equals("201")) {
                    r.putObject("headers").putObject("Location").put("description", "URL of the created row")
                            .putObject("schema").put("type", "string");
                }
                r.putObject("content").putObject("application/json").putObject("schema").put("$ref",
                        ref == null || ref.isEmpty() ? "#/components/schemas/Envelope" : ref);
            }
        });
        return out;
    }
}
