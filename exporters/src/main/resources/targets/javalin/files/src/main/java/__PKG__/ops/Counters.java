package {{package}}.ops;

/**
 * Fixed-window counters and sequences shared by every instance of the app (Redis) or kept in memory (one instance).
 * {@code hit} counts one more request for {@code key} in the current window and returns the count so far.
 */
public interface Counters {
    long hit(String key, int windowSeconds);

    /** The next value of a sequence shared by every instance (realtime event ids). */
    long next(String key);
}
