package dev.stackbench.model.scenario;

import java.util.List;

/**
 * The expected body: an envelope whose {@code data} is an object with {@code properties} (in this order), a list
 * page (with {@code meta.limit} equal to {@code limit} and at most {@code maxItems} items when set), a failure
 * envelope, or no body at all (204).
 */
public record Shape(Kind kind, List<String> properties, Integer limit, Integer maxItems) {
    public enum Kind { OBJECT, LIST, ERROR, EMPTY, ANY }

    public Shape {
        properties = List.copyOf(properties);
    }

    public static Shape object(List<String> properties) {
        return new Shape(Kind.OBJECT, properties, null, null);
    }

    public static Shape list(Integer limit, Integer maxItems) {
        return new Shape(Kind.LIST, List.of(), limit, maxItems);
    }

    public static Shape error() {
        return new Shape(Kind.ERROR, List.of(), null, null);
    }

    public static Shape empty() {
        return new Shape(Kind.EMPTY, List.of(), null, null);
    }

    public static Shape any() {
        return new Shape(Kind.ANY, List.of(), null, null);
    }
}
