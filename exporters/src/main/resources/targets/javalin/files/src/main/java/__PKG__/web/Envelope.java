package {{package}}.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of every {@code /api} answer: {@code success, data, error, errors (failures with field problems
 * only), meta}. Built as ordered maps so the key order is the contract's, whatever Jackson's settings.
 */
public final class Envelope {
    private Envelope() {
    }

    public static Map<String, Object> ok(Object data, String requestId) {
        return body(true, data, null, null, Map.of("requestId", requestId));
    }

    public static Map<String, Object> page(List<?> rows, String requestId, long total, int page, int limit) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("requestId", requestId);
        meta.put("total", total);
        meta.put("page", page);
        meta.put("limit", limit);
        return body(true, rows, null, null, meta);
    }

    public static Map<String, Object> failure(String error, List<FieldError> errors, String requestId) {
        return body(false, null, error, errors.isEmpty() ? null : errors, Map.of("requestId", requestId));
    }

    private static Map<String, Object> body(boolean success, Object data, String error, List<FieldError> errors,
                                            Map<String, Object> meta) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", success);
        body.put("data", data);
        body.put("error", error);
        if (errors != null) {
            body.put("errors", errors);
        }
        body.put("meta", meta);
        return body;
    }
}
