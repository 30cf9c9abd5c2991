package dev.stackbench.server.ops;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prometheus metrics of one live server: {@code http_server_requests} (count and latency histogram by method,
 * route template and status) and {@code stackbench_open_streams} by transport, which realtime moves with
 * {@link #streamOpened(String)} and {@link #streamClosed(String)}.
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Timers are cached per label set: building one per request cost more than the request's SQL. */
    public void recordRequest(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(method + ' ' + status + ' ' + route, k -> Timer.builder("http.server.requests")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry))
                .record(Duration.ofNanos(nanos));
    }

    /** A stream of {@code transport} ({@code sse} or {@code websocket}) opened. */
    public void streamOpened(String transport) {
        gauge(transport).incrementAndGet();
    }

    public void streamClosed(String transport) {
        gauge(transport).decrementAndGet();
    }

    public int openStreams(String transport) {
        return gauge(transport).get();
    }

    private AtomicInteger gauge(String transport) {
        return openStreams.computeIfAbsent(transport, t -> registry.gauge("stackbench.open.streams",
                io.micrometer.core.instrument.Tags.of("transport", t), new AtomicInteger()));
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
