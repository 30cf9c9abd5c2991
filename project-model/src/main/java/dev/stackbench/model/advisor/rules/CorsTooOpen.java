package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-1: CORS decides which web origins may call the API with the user's cookies; * with credentials lets any site act as the user, and no origins at all blocks your own front end. */
final class CorsTooOpen extends BaseRule {
    CorsTooOpen() {
        super("PROD-1", Severity.WARNING, "CORS decides which web origins may call the API with the user's cookies; * with credentials lets any site act as the user, and no origins at all blocks your own front end.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().production().corsOrigins().isEmpty() || (c.project().production().corsOrigins().contains("*") && c.project().production().corsCredentials())) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "CORS allows any origin with credentials, or no origin at all; list your front-end origins exactly."));
        }
        return List.of();
    }
}
