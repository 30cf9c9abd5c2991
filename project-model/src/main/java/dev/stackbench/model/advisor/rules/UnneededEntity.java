package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** REQ-3: An entity that no feature needs may be scope creep: every table is code to write, test and migrate forever. */
final class UnneededEntity extends BaseRule {
    UnneededEntity() {
        super("REQ-3", Severity.ADVICE, "An entity that no feature needs may be scope creep: every table is code to write, test and migrate forever.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        List<Feature> features = c.project().features();
        if (features.isEmpty()) {
            return out;
        }
        java.util.Set<String> needed = new java.util.HashSet<>();
        features.forEach(f -> needed.addAll(f.entityIds()));
        for (Entity e : c.project().entities()) {
            boolean linkedByEndpoint = c.endpointsOf(e).stream()
                    .anyMatch(ep -> features.stream().anyMatch(f -> f.endpointIds().contains(ep.id())));
            boolean isUser = e.id().equals(c.project().auth().userEntityId());
            if (!needed.contains(e.id()) && !linkedByEndpoint && !isUser) {
                out.add(finding(AdvisorContext.at(e), "No feature needs entity " + e.name()
                        + ". Link it to the feature it serves, or consider leaving it out."));
            }
        }
        return out;
    }
}
