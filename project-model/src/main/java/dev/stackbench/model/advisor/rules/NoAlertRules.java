package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-5: Metrics nobody watches do not wake anyone up; alert on error-rate spikes, p95 latency over budget and instances down. */
final class NoAlertRules extends BaseRule {
    NoAlertRules() {
        super("PROD-5", Severity.WARNING, "Metrics nobody watches do not wake anyone up; alert on error-rate spikes, p95 latency over budget and instances down.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().production().alertRules().isEmpty()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "No alert rules; add error rate, latency and instance-down alerts.",
                    new QuickFix("Add the standard alerts", p -> p.withProduction(p.production().withAlertRules(java.util.List.of(new dev.stackbench.model.AlertRule("al_errors", dev.stackbench.model.AlertRule.Kind.ERROR_RATE, 0.05, 5, "page"), new dev.stackbench.model.AlertRule("al_latency", dev.stackbench.model.AlertRule.Kind.LATENCY_P95, 500, 10, "page"), new dev.stackbench.model.AlertRule("al_down", dev.stackbench.model.AlertRule.Kind.INSTANCE_DOWN, 1, 1, "page")))))));
        }
        return List.of();
    }
}
