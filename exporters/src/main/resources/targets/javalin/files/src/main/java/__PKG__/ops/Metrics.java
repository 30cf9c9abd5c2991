package {{package}}.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;

/**
 * Prometheus metrics: the request timer {@code http_server_requests_seconds} (a histogram, so alert rules can
 * compute p95), rate-limit rejections, the connection pool (HikariCP registers itself) and the JVM.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter rateLimited;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        rateLimited = Counter.builder("rate.limit.rejections").description("Requests answered 429")
                .register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void request(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests").tag("method", method).tag("route", route)
                .tag("status", Integer.toString(status)).publishPercentileHistogram()
                .register(registry).record(Duration.ofNanos(nanos));
    }

    public void rateLimited() {
        rateLimited.increment();
    }

    public String scrape() {
        return registry.scrape();
    }
}
