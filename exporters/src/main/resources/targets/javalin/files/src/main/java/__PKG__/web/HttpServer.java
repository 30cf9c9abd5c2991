package {{package}}.web;

import {{package}}.config.Config;
import {{package}}.ops.Metrics;
import {{package}}.ops.RateLimiter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The one place that configures Javalin. Middleware runs in the contract's order: request id → logging →
 * CORS → rate limit → Host check → (route: body parsing → authentication → authorisation → validation →
 * handler) → error handler. No stack trace ever reaches a client.
 */
public final class HttpServer {
    public static final String REQUEST_ID = "requestId";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String START = "startNanos";
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final Config config;
    private final RateLimiter limiter;
    private final Metrics metrics;
    private final ObjectMapper json;
    private final Javalin javalin;

    public HttpServer(Config config, RateLimiter limiter, Metrics metrics, ObjectMapper json,
                      List<Consumer<Router>> modules) {
        this.config = config;
        this.limiter = limiter;
        this.metrics = metrics;
        this.json = json;
        this.javalin = Javalin.create(cfg -> configure(cfg, modules));
    }

    private void configure(JavalinConfig cfg, List<Consumer<Router>> modules) {
        cfg.startup.showJavalinBanner = false;
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.jsonMapper(new JavalinJackson(json, false));
        // Graceful shutdown: Jetty lets in-flight requests finish for up to this long on SIGTERM.
        cfg.jetty.modifyServer(server -> server.setStopTimeout(config.shutdownTimeoutSeconds() * 1000L));
        cfg.routes.before(this::before);
        Router router = new Router(cfg.routes);
        modules.forEach(m -> m.accept(router));
        for (HandlerType method : METHODS) {
            cfg.routes.addHttpHandler(method, "/<path>", ctx -> noRoute(ctx, router));
        }
        cfg.routes.after(this::after);
        cfg.routes.exception(ApiException.class, this::answer);
        cfg.routes.exception(HttpResponseException.class, this::javalinError);
        cfg.routes.exception(Exception.class, this::unexpected);
    }

    public HttpServer start() {
        javalin.start();
        LOG.info("listening on {}:{}", config.host(), javalin.port());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private void before(Context ctx) {
        ctx.attribute(START, System.nanoTime());
        String sent = ctx.header("X-Request-Id");
        String requestId = sent != null && CLIENT_REQUEST_ID.matcher(sent).matches() ? sent
                : UUID.randomUUID().toString();
        ctx.attribute(REQUEST_ID, requestId);
        ctx.header("X-Request-Id", requestId);
        MDC.put(REQUEST_ID, requestId);
        SecurityHeaders.apply(ctx, config);
        if (Cors.handle(ctx, config)) {
            return;
        }
        long wait = limiter.acquire(ctx, config);
        if (wait > 0) {
            metrics.rateLimited();
            throw new ApiException(429, "Too many requests", List.of(), java.util.Map.of("Retry-After",
                    Long.toString(wait)));
        }
        checkHost(ctx);
    }

    /** A request whose Host is not one of ours (DNS rebinding, a misrouted proxy) is refused. */
    private void checkHost(Context ctx) {
        Set<String> allowed = config.allowedHosts();
        String host = ctx.header("Host");
        if (!allowed.isEmpty() && (host == null || !allowed.contains(host.toLowerCase(java.util.Locale.ROOT)))) {
            throw new ApiException(421, "Host not allowed");
        }
    }

    private void noRoute(Context ctx, Router router) {
        Set<String> methods = router.methodsFor(ctx.path());
        if (methods.isEmpty()) {
            throw new ApiException(404, "No route for " + ctx.method().name() + " " + ctx.path());
        }
        throw new ApiException(405, "Method " + ctx.method().name() + " not allowed", List.of(),
                java.util.Map.of("Allow", String.join(", ", methods)));
    }

    /** The access log line and the request timer; never headers or bodies, so no token reaches a log. */
    private void after(Context ctx) {
        Long start = ctx.attribute(START);
        long nanos = start == null ? 0 : System.nanoTime() - start;
        String route = ctx.endpoint() == null || ctx.endpoint().path.equals("/<path>") ? "unmatched"
                : ctx.endpoint().path;
        metrics.request(ctx.method().name(), route, ctx.statusCode(), nanos);
        LOG.info("{} {} {} {}ms", ctx.method().name(), route, ctx.statusCode(), nanos / 1_000_000);
        MDC.remove(REQUEST_ID);
    }

    private void answer(ApiException e, Context ctx) {
        e.headers().forEach(ctx::header);
        write(ctx, e.status(), Envelope.failure(e.getMessage(), e.errors(), requestId(ctx)));
    }

    /** Javalin's own answers (a body over its limit, say) in the contract's words. */
    private void javalinError(HttpResponseException e, Context ctx) {
        String message = switch (e.getStatus()) {
            case 413 -> "Request body too large";
            case 404 -> "No route for " + ctx.method().name() + " " + ctx.path();
            case 400 -> "Invalid request";
            default -> "Internal server error";
        };
        write(ctx, e.getStatus() >= 500 ? 500 : e.getStatus(), Envelope.failure(message, List.of(), requestId(ctx)));
    }

    private void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed: {}", ctx.method().name(), ctx.path(), e.toString());
        write(ctx, 500, Envelope.failure("Internal server error", List.of(), requestId(ctx)));
    }

    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "" : id;
    }

    /** Writes an envelope (or any body) as JSON with the given status. */
    public void write(Context ctx, int status, Object body) {
        ctx.status(status);
        try {
            ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
