package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Lists;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-13: A CRUD endpoint whose entity is gone has no table behind it. */
final class EndpointWithoutEntity extends BaseRule {
    EndpointWithoutEntity() {
        super("API-13", Severity.ERROR, "A CRUD endpoint whose entity is gone has no table behind it.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            if (ep.kind() != dev.stackbench.model.EndpointKind.CUSTOM && c.entity(ep.entityId()).isEmpty()) {
                out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path()
                        + " belongs to an entity that no longer exists; remove it.",
                        new QuickFix("Remove the endpoint", p -> p.withEndpoints(
                                Lists.minus(p.endpoints(), x -> x.id().equals(ep.id()))))));
            }
        }
        return out;
    }
}
