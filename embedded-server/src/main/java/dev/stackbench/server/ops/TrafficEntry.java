package dev.stackbench.server.ops;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded exchange: a request and its response, or a stream event ({@code kind} {@code stream}, with the
 * channel as {@code path} and the event as {@code responseBody}). Bodies are cut at a few KiB; the
 * {@code Authorization} and {@code Cookie} headers are never recorded.
 */
public record TrafficEntry(long sequence, String kind, Instant at, String requestId, String method, String path,
                           Map<String, String> requestHeaders, String requestBody, int status,
                           Map<String, String> responseHeaders, String responseBody, double millis) {
    public TrafficEntry {
        requestHeaders = Map.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
    }
}
