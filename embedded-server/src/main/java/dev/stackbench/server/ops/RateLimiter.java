package dev.stackbench.server.ops;

import dev.stackbench.model.RateLimitClass;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per rate-limit class and key (the client's socket address, or the user id for user-keyed
 * classes; never a spoofable {@code X-Forwarded-For}). A bucket holds {@code capacity} tokens refilled evenly
 * over {@code windowSeconds}. Buckets idle for longer than their window are full again, so they are dropped.
 */
public final class RateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token; returns 0 when allowed, otherwise the seconds to wait before retrying (at least 1). */
    public long acquire(RateLimitClass limit, String key, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(limit.name() + "|" + key, k -> new Bucket(limit.capacity(), nowNanos));
        long wait = bucket.take(limit, nowNanos);
        if (buckets.size() > 50_000) {
            buckets.entrySet().removeIf(e -> e.getValue().idleLongerThan(limit.windowSeconds(), nowNanos));
        }
        return wait;
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(RateLimitClass limit, long now) {
            double perNano = limit.capacity() / (limit.windowSeconds() * 1e9);
            tokens = Math.min(limit.capacity(), tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean idleLongerThan(int windowSeconds, long now) {
            return now - last > windowSeconds * 1_000_000_000L;
        }
    }
}
