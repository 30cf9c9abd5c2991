package dev.stackbench.server.http;

import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.server.ops.RateLimiter;
import dev.stackbench.server.rest.ApiException;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The "before" half of the pipeline, in the design's order: request id → (logging starts the clock) → CORS →
 * rate limit → Host check. Security headers are set here so they are on every answer, errors included.
 * A failure throws {@link ApiException}; Javalin then skips the handlers and the error handler answers.
 */
final class Middleware {
    static final String START = "sb.start";
    static final String REQUEST_ID = "sb.rid";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private final Supplier<ProductionSettings> production;
    private final RateLimiter limiter = new RateLimiter();
    private final boolean rateLimitsOff;
    private final java.util.function.IntSupplier port;
    private volatile Set<String> allowedHosts = Set.of();
    private volatile Limits limits = Limits.of(null);

    /** The two server-wide classes of one settings snapshot, resolved once rather than on every request. */
    private record Limits(ProductionSettings settings, RateLimitClass global, RateLimitClass auth) {
        static Limits of(ProductionSettings settings) {
            if (settings == null) {
                return new Limits(null, null, null);
            }
            return new Limits(settings, resolve(settings, settings.globalRateLimit()),
                    resolve(settings, settings.authRateLimit()));
        }

        private static RateLimitClass resolve(ProductionSettings settings, String name) {
            return name == null ? null : settings.rateLimit(name).orElse(null);
        }
    }

    Middleware(Supplier<ProductionSettings> production, boolean rateLimitsOff, java.util.function.IntSupplier port) {
        this.production = production;
        this.rateLimitsOff = rateLimitsOff;
        this.port = port;
    }

    void before(Context ctx) {
        ctx.attribute(START, System.nanoTime());
        String clientId = RequestHeaders.get(ctx, "x-request-id");
        String requestId = clientId != null && CLIENT_ID.matcher(clientId).matches() ? clientId : newRequestId();
        ctx.attribute(REQUEST_ID, requestId);
        ctx.header("X-Request-Id", requestId);
        ProductionSettings settings = production.get();
        securityHeaders(ctx, settings);
        if (cors(ctx, settings)) {
            return;
        }
        rateLimit(ctx, settings);
        checkHost(ctx);
    }

    /**
     * A version-4 UUID from a thread-local generator: request ids only need to be unique, and
     * {@code UUID.randomUUID()} serialises every request on the shared SecureRandom.
     */
    static String newRequestId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static void securityHeaders(Context ctx, ProductionSettings settings) {
        if (!settings.securityHeaders()) {
            return;
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
    }

    /** Allow-listed origins only (never a reflection of any origin); returns true when a preflight was answered. */
    private static boolean cors(Context ctx, ProductionSettings settings) {
        String origin = RequestHeaders.get(ctx, "origin");
        boolean allowed = origin != null && settings.corsOrigins().contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            if (settings.corsCredentials()) {
                ctx.header("Access-Control-Allow-Credentials", "true");
            }
        }
        boolean preflight = "OPTIONS".equals(ctx.method().name())
                && RequestHeaders.get(ctx, "access-control-request-method") != null;
        if (!preflight) {
            return false;
        }
        if (allowed) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
        ctx.skipRemainingHandlers();
        return true;
    }

    private void rateLimit(Context ctx, ProductionSettings settings) {
        if (rateLimitsOff) {
            return;
        }
        boolean authRoute = ctx.path().startsWith("/api/auth/") || ctx.path().startsWith("/oauth/");
        Limits current = limits;
        if (current.settings() != settings) {
            current = Limits.of(settings);
            limits = current;
        }
        RateLimitClass limit = authRoute ? current.auth() : current.global();
        if (limit == null) {
            return;
        }
        long wait = limiter.acquire(limit, clientAddress(ctx), System.nanoTime());
        if (wait > 0) {
            throw tooManyRequests(wait);
        }
    }

    static ApiException tooManyRequests(long waitSeconds) {
        return new ApiException(429, "Too many requests", java.util.List.of(),
                Map.of("Retry-After", Long.toString(waitSeconds)));
    }

    /** DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends {@code Host: evil.example}. */
    private void checkHost(Context ctx) {
        String host = RequestHeaders.get(ctx, "host");
        if (allowedHosts.isEmpty()) {
            int p = port.getAsInt();
            allowedHosts = Set.of("127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p);
        }
        if (host == null || !allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            throw new ApiException(421, "Host not allowed");
        }
    }

    /** The socket address: the only client identity a loopback server can trust. */
    static String clientAddress(Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}
