package dev.stackbench.server.http;

import io.javalin.config.RoutesConfig;

/**
 * A group of routes plugged into the live server's single Javalin configuration (SSE, WebSocket, the local OAuth
 * server). Modules are found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.stackbench.server.http.RouteModule} file) and from
 * {@code LiveServerOptions.modules()}; each is registered once, before the REST catch-all, so its routes win.
 * The middleware (request id, logging, CORS, rate limit, Host check, security headers, error envelope) runs
 * for module routes as well.
 */
public interface RouteModule {
    void register(RoutesConfig routes, ServerServices services);

    /** Called when the server stops, before Jetty does, so streams can send a final event. */
    default void stop() {
    }
}
