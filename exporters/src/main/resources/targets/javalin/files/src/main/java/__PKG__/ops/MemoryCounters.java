package {{package}}.ops;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for a single instance; old windows are dropped as new ones start. */
public final class MemoryCounters implements Counters {
    private final ConcurrentHashMap<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    @Override
    public long next(String key) {
        return sequences.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public long hit(String key, int windowSeconds) {
        long window = System.currentTimeMillis() / 1000 / windowSeconds;
        if (counts.size() > 100_000) {
            counts.keySet().removeIf(k -> !k.endsWith(":" + window));
        }
        return counts.computeIfAbsent(key + ":" + window, k -> new AtomicLong()).incrementAndGet();
    }
}
