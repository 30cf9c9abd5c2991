package {{package}}.ops;

/**
 * Fixed-window counters shared by every instance of the app (Redis) or kept in memory (one instance).
 * {@code hit} counts one more request for {@code key} in the current window and returns the count so far.
 */
public interface Counters {
    long hit(String key, int windowSeconds);
}
