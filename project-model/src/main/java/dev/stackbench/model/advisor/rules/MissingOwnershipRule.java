package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** AUTH-10: Broken object-level authorisation is the top API risk (OWASP API1:2023): any signed-in user changing anyone's row by guessing its id. */
final class MissingOwnershipRule extends BaseRule {
    MissingOwnershipRule() {
        super("AUTH-10", Severity.WARNING, "Broken object-level authorisation is the top API risk (OWASP API1:2023): any signed-in user changing anyone's row by guessing its id.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            if (e.ownerRelationshipId() == null) {
                continue;
            }
            for (Endpoint ep : c.endpointsOf(e)) {
                boolean writes = ep.kind() == EndpointKind.UPDATE || ep.kind() == EndpointKind.PATCH
                        || ep.kind() == EndpointKind.DELETE;
                if (writes && !ep.ownerOnly() && ep.roles().isEmpty()) {
                    out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path() + " changes "
                            + e.name() + " rows that users own, but any signed-in user may call it.",
                            new QuickFix("Only the owner", p -> p.withEndpoint(ep.id(), x -> x.withOwnerOnly(true)
                                    .withAuthRequired(true)))));
                }
            }
        }
        return out;
    }
}
