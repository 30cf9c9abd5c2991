package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-8: Deploys stop instances; a shutdown timeout lets in-flight requests finish instead of failing. */
final class NoGracefulShutdown extends BaseRule {
    NoGracefulShutdown() {
        super("PROD-8", Severity.ADVICE, "Deploys stop instances; a shutdown timeout lets in-flight requests finish instead of failing.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().production().shutdownTimeoutSeconds() == 0) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "No graceful shutdown timeout.",
                    new QuickFix("Allow 20 s to drain", p -> p.withProduction(p.production().withShutdownTimeoutSeconds(20)))));
        }
        return List.of();
    }
}
