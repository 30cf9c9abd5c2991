package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Naming;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-1: Collections are plural nouns (/api/posts, /api/posts/{id}); mixing singular and plural makes every client guess. */
final class SingularResource extends BaseRule {
    SingularResource() {
        super("API-1", Severity.WARNING, "Collections are plural nouns (/api/posts, /api/posts/{id}); mixing singular and plural makes every client guess.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            String segment = PathWords.resource(ep.path());
            if (segment != null && !PathWords.looksPlural(segment)) {
                var entity = c.entity(ep.entityId());
                QuickFix fix = entity.filter(e -> ep.kind() != dev.stackbench.model.EndpointKind.CUSTOM)
                        .map(e -> new QuickFix("Rename to " + Naming.resourcePath(e), p -> p.withEndpoint(ep.id(),
                                x -> x.withPath(x.path().replaceFirst("^/api/" + segment, Naming.resourcePath(e))))))
                        .orElse(null);
                out.add(finding(AdvisorContext.at(ep), "Resource paths use plural nouns: /api/" + segment
                        + " should be /api/" + dev.stackbench.model.Naming.plural(segment) + ".", fix));
            }
        }
        return out;
    }
}
