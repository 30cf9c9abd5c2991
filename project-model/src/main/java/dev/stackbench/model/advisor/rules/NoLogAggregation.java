package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-6: Logs on a container's stdout vanish with the container; name where they are aggregated (Loki, ELK, a cloud log service). */
final class NoLogAggregation extends BaseRule {
    NoLogAggregation() {
        super("PROD-6", Severity.ADVICE, "Logs on a container's stdout vanish with the container; name where they are aggregated (Loki, ELK, a cloud log service).");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().production().logAggregation().isBlank()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "No log aggregation target is named."));
        }
        return List.of();
    }
}
