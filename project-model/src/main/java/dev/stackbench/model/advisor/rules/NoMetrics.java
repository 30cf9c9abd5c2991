package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-4: Without metrics you learn about latency and error spikes from your users. */
final class NoMetrics extends BaseRule {
    NoMetrics() {
        super("PROD-4", Severity.WARNING, "Without metrics you learn about latency and error spikes from your users.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (!c.project().production().metrics()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "Metrics are off; expose Prometheus /metrics.",
                    new QuickFix("Turn on metrics", p -> p.withProduction(p.production().withChecks(p.production().healthCheck(), p.production().readinessCheck(), true, p.production().structuredLogging())))));
        }
        return List.of();
    }
}
