package dev.stackbench.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.server.ops.ServerMetrics;
import dev.stackbench.server.ops.TrafficRecorder;
import dev.stackbench.server.rest.ApiHandler;

import java.util.function.Supplier;

/**
 * What the HTTP host needs from the server: the current REST handler and production settings (both change on
 * hot reload), the authenticator, ops endpoints' sources and switches.
 */
public record HostParts(Supplier<ApiHandler> api, Supplier<ProductionSettings> production,
                        HttpAuthenticator authenticator, ServerMetrics metrics, TrafficRecorder traffic,
                        ObjectMapper json, Supplier<Boolean> ready, boolean rateLimitsOff) {
}
