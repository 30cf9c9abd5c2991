package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-7: A global rate limit is the cheapest protection against a runaway client or a scraper taking the API down. */
final class NoGlobalRateLimit extends BaseRule {
    NoGlobalRateLimit() {
        super("PROD-7", Severity.WARNING, "A global rate limit is the cheapest protection against a runaway client or a scraper taking the API down.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().production().globalRateLimit() == null || c.project().production().rateLimit(c.project().production().globalRateLimit()).isEmpty()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "There is no global rate-limit class."));
        }
        return List.of();
    }
}
