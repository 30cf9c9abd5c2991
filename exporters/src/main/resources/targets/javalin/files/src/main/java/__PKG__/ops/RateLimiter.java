package {{package}}.ops;

import {{package}}.config.Config;
import io.javalin.http.Context;

import java.util.Map;

/**
 * The model's rate-limit classes over fixed windows. Requests are keyed on the socket address (a client-sent
 * X-Forwarded-For is never trusted) or on the signed-in user. Auth routes use the auth class, everything else
 * the global class; endpoints may add a class of their own.
 */
public final class RateLimiter {
    /** A class of the model: {@code capacity} requests per {@code windowSeconds}. */
    public record Limit(String name, int capacity, int windowSeconds, boolean perUser) {
    }

    private final Counters counters;
    private final Map<String, Limit> limits;
    private final String globalClass;
    private final String authClass;

    public RateLimiter(Counters counters, Map<String, Limit> limits, String globalClass, String authClass) {
        this.counters = counters;
        this.limits = Map.copyOf(limits);
        this.globalClass = globalClass;
        this.authClass = authClass;
    }

    /** Seconds the client must wait, or 0 when the request may go on. */
    public long acquire(Context ctx, Config config) {
        if (!config.rateLimitsEnabled()) {
            return 0;
        }
        boolean authRoute = ctx.path().startsWith("/api/auth/");
        return acquire(authRoute ? authClass : globalClass, ctx.req().getRemoteAddr());
    }

    /** For an endpoint's own class; {@code user} is the caller's id when the class is keyed per user. */
    public long acquire(String className, String client, String user) {
        Limit limit = limits.get(className);
        return limit == null ? 0 : acquire(className, limit.perUser() && user != null ? "user:" + user : client);
    }

    private long acquire(String className, String key) {
        Limit limit = className == null ? null : limits.get(className);
        if (limit == null) {
            return 0;
        }
        long count = counters.hit(limit.name() + ":" + key, limit.windowSeconds());
        if (count <= limit.capacity()) {
            return 0;
        }
        long now = System.currentTimeMillis() / 1000;
        return Math.max(1, limit.windowSeconds() - now % limit.windowSeconds());
    }
}
