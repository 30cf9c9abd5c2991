package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-11: An endpoint naming a rate-limit class that does not exist gets no limit at all. */
final class UnknownRateLimitClass extends BaseRule {
    UnknownRateLimitClass() {
        super("API-11", Severity.ERROR, "An endpoint naming a rate-limit class that does not exist gets no limit at all.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            if (ep.rateLimitClass() != null && c.project().production().rateLimit(ep.rateLimitClass()).isEmpty()) {
                out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path() + " uses rate-limit class '"
                        + ep.rateLimitClass() + "', which is not defined in production settings."));
            }
        }
        return out;
    }
}
