package {{package}}.web;

import java.util.List;
import java.util.Map;

/**
 * A failure with its HTTP status and the contract's sentence. Services throw it; the error handler turns it into
 * the failure envelope. It carries no stack trace: it is an answer, not a bug.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String message, List<FieldError> errors, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String message, List<FieldError> errors) {
        this(status, message, errors, Map.of());
    }

    public ApiException(int status, String message) {
        this(status, message, List.of(), Map.of());
    }

    /** 400: wrong types, unknown or read-only properties, bad query parameters or path ids. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "Invalid request", errors);
    }

    /** 422: constraints that failed. */
    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(422, "Validation failed", errors);
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

    public static ApiException notImplemented() {
        return new ApiException(501, "Not implemented yet");
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
}
