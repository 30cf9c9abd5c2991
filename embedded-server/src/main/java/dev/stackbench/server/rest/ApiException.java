package dev.stackbench.server.rest;

import java.util.List;
import java.util.Map;

/**
 * A failure with a status, the contract's error sentence and optional field errors; the error handler turns it
 * into the envelope. Realtime and OAuth routes throw it too, so every failure looks the same.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String message) {
        this(status, message, List.of(), Map.of());
    }

    public ApiException(int status, String message, List<FieldError> errors) {
        this(status, message, errors, Map.of());
    }

    public ApiException(int status, String message, List<FieldError> errors, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException authenticationRequired() {
        return new ApiException(401, "Authentication required");
    }

    public static ApiException invalidCredentials() {
        return new ApiException(401, "Invalid or expired credentials");
    }

    public static ApiException forbidden() {
        return new ApiException(403, "You do not have permission to do this");
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "Invalid request", errors);
    }

    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(422, "Validation failed", errors);
    }
}
