package dev.stackbench.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.server.rest.ApiException;
import dev.stackbench.server.rest.ApiHandler;
import dev.stackbench.server.rest.Envelope;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one place that configures Javalin: the middleware, the route modules, one catch-all per method that
 * dispatches to the current {@link ApiHandler} (swapped on hot reload), the after-stage (metrics, traffic,
 * log line) and the error handler. Binds 127.0.0.1 only.
 */
public final class JavalinHost {
    private static final Logger LOG = LoggerFactory.getLogger(JavalinHost.class);
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);
    private final Javalin javalin;
    private final ObjectMapper json;
    private final RequestLog requestLog = new RequestLog();

    public JavalinHost(int port, HostParts parts, List<RouteModule> modules, ServerServices services) {
        this.json = parts.json();
        Middleware middleware = new Middleware(parts.production(), parts.rateLimitsOff(), this::port);
        Dispatcher dispatcher = new Dispatcher(parts);
        Recorder recorder = new Recorder(parts, requestLog);
        this.javalin = Javalin.create(cfg -> configure(cfg, port, parts, modules, services, middleware, dispatcher,
                recorder));
    }

    private void configure(JavalinConfig cfg, int port, HostParts parts, List<RouteModule> modules,
                           ServerServices services, Middleware middleware, Dispatcher dispatcher,
                           Recorder recorder) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jetty.host = "127.0.0.1";
        cfg.jetty.port = port;
        cfg.jetty.threadPool = threadPool();
        cfg.http.maxRequestSize = Math.max(parts.production().get().maxBodyBytes() * 2L, 1_000_000L);
        // Graceful stop: Jetty lets in-flight requests finish for up to the model's timeout (capped for a local tool).
        long stopMillis = Math.min(parts.production().get().shutdownTimeoutSeconds(), 10) * 1000L;
        cfg.jetty.modifyServer(server -> server.setStopTimeout(stopMillis));
        cfg.routes.before(middleware::before);
        for (RouteModule module : modules) {
            module.register(cfg.routes, services);
        }
        for (HandlerType type : METHODS) {
            cfg.routes.addHttpHandler(type, "/<path>", dispatcher::dispatch);
            cfg.routes.addHttpHandler(type, "/", dispatcher::dispatch);
        }
        cfg.routes.after(recorder::after);
        cfg.routes.exception(ApiException.class, this::apiError);
        cfg.routes.exception(HttpResponseException.class, this::javalinError);
        cfg.routes.exception(Exception.class, this::unexpected);
    }

    /**
     * A bounded pool smaller than Jetty's 200 (handlers only compute and query the embedded database, streams hold
     * no thread), but not so small that Jetty's acceptor, selector and reserved threads leave fewer workers than
     * busy connections: at 16 threads, 16 keep-alive clients queued behind each other and get-by-id fell to
     * 0.75x the hand-written app (0.98x at 64).
     */
    private static QueuedThreadPool threadPool() {
        int threads = Math.max(64, 16 * Runtime.getRuntime().availableProcessors());
        QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
        pool.setName("live-server");
        return pool;
    }

    public JavalinHost start() {
        try {
            javalin.start();
        } catch (RuntimeException e) {
            requestLog.close();
            throw e;
        }
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        requestLog.close();
    }

    private void apiError(ApiException e, Context ctx) {
        e.headers().forEach(ctx::header);
        write(ctx, e.status(), Envelope.failure(e.getMessage(), e.errors(), requestId(ctx)));
    }

    /** Javalin's own answers (e.g. a body over its limit) in the contract's words. */
    private void javalinError(HttpResponseException e, Context ctx) {
        String message = switch (e.getStatus()) {
            case 413 -> "Request body too large";
            case 404 -> "No route for " + ctx.method().name() + " " + ctx.path();
            case 400 -> "Invalid request";
            default -> "Internal server error";
        };
        int status = e.getStatus() >= 500 ? 500 : e.getStatus();
        write(ctx, status, Envelope.failure(message, List.of(), requestId(ctx)));
    }

    private void unexpected(Exception e, Context ctx) {
        LOG.error("rid={} {} {} failed: {}", requestId(ctx), ctx.method().name(), ctx.path(), e.toString());
        write(ctx, 500, Envelope.failure("Internal server error", List.of(), requestId(ctx)));
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(Middleware.REQUEST_ID);
        return id == null ? "" : id;
    }

    void write(Context ctx, int status, JsonNode body) {
        try {
            json(ctx, status, json.writeValueAsBytes(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every JSON answer of the host goes out here, and the recorder reads its bytes back from the context. It is
     * written straight to the response: handing Javalin a result stream would copy it through a
     * fresh 8 KiB buffer per request, which was almost half of what the live server allocated under load.
     */
    static void json(Context ctx, int status, byte[] body) {
        ctx.attribute(Recorder.RESPONSE, body);
        ctx.status(status).contentType("application/json");
        // No Content-Length here: with it the container completes the response as soon as the last byte is
        // written, before the recorder and the metrics have seen the exchange. Unset, the body waits in the
        // container's buffer until the after-handlers ran, and the container then sets the length itself. A body
        // larger than that buffer would go out early, so it takes Javalin's way, written after them.
        if (body.length > ctx.res().getBufferSize()) {
            ctx.result(body);
            return;
        }
        try {
            ctx.res().getOutputStream().write(body);
        } catch (java.io.IOException clientGone) {
            // the client closed the connection; there is nobody left to answer
        }
    }
}
