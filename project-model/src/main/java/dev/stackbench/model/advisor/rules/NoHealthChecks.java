package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-3: Load balancers and Kubernetes need /health (alive) and /ready (can serve: database reachable) to route traffic and restart stuck instances. */
final class NoHealthChecks extends BaseRule {
    NoHealthChecks() {
        super("PROD-3", Severity.WARNING, "Load balancers and Kubernetes need /health (alive) and /ready (can serve: database reachable) to route traffic and restart stuck instances.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (!c.project().production().healthCheck() || !c.project().production().readinessCheck()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "Health or readiness checks are off.",
                    new QuickFix("Turn on /health and /ready", p -> p.withProduction(p.production().withChecks(true, true, p.production().metrics(), p.production().structuredLogging())))));
        }
        return List.of();
    }
}
