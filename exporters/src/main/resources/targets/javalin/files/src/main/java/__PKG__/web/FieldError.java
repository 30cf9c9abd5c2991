package {{package}}.web;

/** One failing property of a request, as listed in the envelope's {@code errors}. */
public record FieldError(String field, String message) {
}
