package dev.stackbench.server.rest;

/** One entry of the envelope's {@code errors}: a property (or query parameter) and what is wrong with it. */
public record FieldError(String field, String message) {
}
