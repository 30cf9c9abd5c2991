package dev.stackbench.server.rest;

/**
 * Answers the requests of the current model. {@code LiveServer} swaps the handler on hot reload (one volatile
 * reference), so Jetty never restarts and in-flight requests finish on the model they started with.
 */
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);

    /** The route template the request matched ({@code /api/posts/{id}}), for metrics; {@code null} if none. */
    String routeOf(String method, String path);
}
