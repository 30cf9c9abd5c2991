package {{package}}.auth;

import {{package}}.ops.Metrics;
import {{package}}.ops.RateLimiter;
import {{package}}.web.ApiException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * The door of every endpoint, in the contract's order: authentication (who), authorisation (may they), then the
 * endpoint's own rate-limit class (keyed per user where the class says so).
 */
public final class Guard {
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final Metrics metrics;
    private final boolean limitsEnabled;

    public Guard(Authenticator authenticator, RateLimiter limiter, Metrics metrics, boolean limitsEnabled) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.metrics = metrics;
        this.limitsEnabled = limitsEnabled;
    }

    public Caller enter(Context ctx, Access access, String rateLimitClass) {
        Caller caller = authenticator.caller(ctx);
        access.check(caller);
        if (limitsEnabled && rateLimitClass != null) {
            long wait = limiter.acquire(rateLimitClass, ctx.req().getRemoteAddr(), caller == null ? null : caller.id());
            if (wait > 0) {
                metrics.rateLimited();
                throw new ApiException(429, "Too many requests", List.of(), Map.of("Retry-After", Long.toString(wait)));
            }
        }
        return caller;
    }
}
