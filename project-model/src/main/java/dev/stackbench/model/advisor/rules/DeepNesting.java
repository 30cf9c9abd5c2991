package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-9: Nesting deeper than one level (/a/{id}/b/{id}/c) is hard to use and to authorise; a filter (/c?bId=) says the same thing. */
final class DeepNesting extends BaseRule {
    DeepNesting() {
        super("API-9", Severity.ADVICE, "Nesting deeper than one level (/a/{id}/b/{id}/c) is hard to use and to authorise; a filter (/c?bId=) says the same thing.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            long variables = ep.path().chars().filter(ch -> ch == '{').count();
            if (variables > 2 || (variables == 2 && !ep.path().endsWith("}"))) {
                out.add(finding(AdvisorContext.at(ep), ep.path() + " nests more than one level; prefer a filter."));
            }
        }
        return out;
    }
}
