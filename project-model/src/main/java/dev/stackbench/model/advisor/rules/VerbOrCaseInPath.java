package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-2: URLs name resources in kebab-case; the HTTP method is the verb. /api/getUsers hides a GET in the path and breaks caching and tooling conventions. */
final class VerbOrCaseInPath extends BaseRule {
    VerbOrCaseInPath() {
        super("API-2", Severity.WARNING, "URLs name resources in kebab-case; the HTTP method is the verb. /api/getUsers hides a GET in the path and breaks caching and tooling conventions.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            String problem = PathWords.problem(ep.path());
            if (problem != null) {
                out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path() + ": " + problem));
            }
        }
        return out;
    }
}
