package dev.stackbench.model;

/** A token bucket: {@code capacity} requests per {@code windowSeconds}, keyed on client address or user. */
public record RateLimitClass(String id, String name, int capacity, int windowSeconds, Key key) {
    public RateLimitClass {
        key = key == null ? Key.CLIENT : key;
        capacity = Math.max(1, capacity);
        windowSeconds = Math.max(1, windowSeconds);
    }

    public enum Key { CLIENT, USER }
}
