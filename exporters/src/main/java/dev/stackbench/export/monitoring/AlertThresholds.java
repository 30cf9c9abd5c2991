package dev.stackbench.export.monitoring;

import dev.stackbench.model.AlertRule;
import dev.stackbench.model.Project;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alert rules' thresholds for the monitoring templates: the model's own rule of each kind when it has one,
 * else a sensible default (5% errors, 500 ms p95, 2 minutes down, 90% pool, 5 rejections per second).
 */
final class AlertThresholds {
    private AlertThresholds() {
    }

    static Map<String, Object> of(Project project) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, project, AlertRule.Kind.ERROR_RATE, "errorRate", 0.05, 5);
        view.put("errorRatePercent", plain(((Number) view.get("errorRate")).doubleValue() * 100));
        AlertRule latency = rule(project, AlertRule.Kind.LATENCY_P95, 500, 10);
        view.put("latency", plain(latency.threshold() / 1000));
        view.put("latencyMillis", plain(latency.threshold()));
        view.put("latencyFor", latency.forMinutes());
        view.put("latencySeverity", latency.severity());
        put(view, project, AlertRule.Kind.INSTANCE_DOWN, "down", 0, 2);
        put(view, project, AlertRule.Kind.DB_POOL_SATURATION, "pool", 0.9, 5);
        view.put("poolPercent", plain(((Number) view.get("pool")).doubleValue() * 100));
        put(view, project, AlertRule.Kind.RATE_LIMIT_STORM, "storm", 5, 5);
        return view;
    }

    private static void put(Map<String, Object> view, Project project, AlertRule.Kind kind, String key,
                            double threshold, int minutes) {
        AlertRule rule = rule(project, kind, threshold, minutes);
        view.put(key, Double.parseDouble(plain(rule.threshold())));
        view.put(key + "For", rule.forMinutes());
        view.put(key + "Severity", rule.severity());
    }

    private static AlertRule rule(Project project, AlertRule.Kind kind, double threshold, int minutes) {
        return project.production().alertRules().stream().filter(r -> r.kind() == kind).findFirst()
                .orElse(new AlertRule("default-" + kind, kind, threshold, minutes, "page"));
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
