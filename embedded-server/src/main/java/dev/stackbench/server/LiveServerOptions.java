package dev.stackbench.server;

import dev.stackbench.server.http.RouteModule;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start a live server. {@code port} 0 picks any free port. {@code databaseFile} null means an in-memory
 * database; otherwise H2 keeps its file at that path (without the {@code .mv.db} suffix) so data survives a
 * restart. {@code rateLimitsOff} lifts rate limits (hostile-input tests, benchmarks). {@code modules} are added
 * to those found by {@link java.util.ServiceLoader}.
 */
public record LiveServerOptions(int port, Path databaseFile, boolean rateLimitsOff, List<RouteModule> modules) {
    public LiveServerOptions {
        modules = List.copyOf(modules);
    }

    public static LiveServerOptions defaults() {
        return new LiveServerOptions(8080, null, false, List.of());
    }

    public static LiveServerOptions anyPort() {
        return new LiveServerOptions(0, null, false, List.of());
    }

    public LiveServerOptions withPort(int v) {
        return new LiveServerOptions(v, databaseFile, rateLimitsOff, modules);
    }

    public LiveServerOptions withDatabaseFile(Path v) {
        return new LiveServerOptions(port, v, rateLimitsOff, modules);
    }

    public LiveServerOptions withRateLimitsOff(boolean v) {
        return new LiveServerOptions(port, databaseFile, v, modules);
    }

    public LiveServerOptions withModules(List<RouteModule> v) {
        return new LiveServerOptions(port, databaseFile, rateLimitsOff, v);
    }
}
