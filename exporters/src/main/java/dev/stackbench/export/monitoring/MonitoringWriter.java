package dev.stackbench.export.monitoring;

import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.TemplateFolder;
import dev.stackbench.model.Project;

import java.util.List;
import java.util.Map;

/**
 * The monitoring files of an export under {@code monitoring/}: Prometheus alert rules (error-rate spike, p95 latency,
 * instance down, pool saturation, rate-limit storms; thresholds from the model's alert rules), the scrape config,
 * a Grafana dashboard and a README on loading them and shipping the JSON logs. Metric names come from
 * {@link ExportedApp}, the names the exported app registers.
 */
public final class MonitoringWriter {
    private static final TemplateFolder TEMPLATES = new TemplateFolder("artifacts/monitoring");

    private MonitoringWriter() {
    }

    public static List<GeneratedFile> write(Project project) {
        return TEMPLATES.render(View.of(project));
    }

    /** What the monitoring templates read; Mustache finds the record's accessors by name. */
    record View(String title, String artifactId, int port, String metricsPath, String readyPath, String httpMetric,
                String rateLimitedMetric, String poolActiveMetric, String poolMaxMetric, String poolPendingMetric,
                Map<String, Object> alerts, String alertRouting, String logAggregation) {

        static View of(Project project) {
            ExportedApp app = ExportedApp.of(project);
            return new View(app.title(), app.artifactId(), ExportedApp.PORT, ExportedApp.METRICS_PATH,
                    ExportedApp.READY_PATH, ExportedApp.HTTP_METRIC, ExportedApp.RATE_LIMITED_METRIC,
                    ExportedApp.POOL_ACTIVE_METRIC, ExportedApp.POOL_MAX_METRIC, ExportedApp.POOL_PENDING_METRIC,
                    AlertThresholds.of(project), project.production().alertRouting(),
                    project.production().logAggregation());
        }
    }
}
