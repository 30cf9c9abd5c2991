package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Lists;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-9: Login, register and refresh are where passwords are guessed and accounts stuffed; they need a strict rate limit of their own. */
final class AuthRoutesNotLimited extends BaseRule {
    AuthRoutesNotLimited() {
        super("AUTH-9", Severity.WARNING, "Login, register and refresh are where passwords are guessed and accounts stuffed; they need a strict rate limit of their own.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var production = c.project().production();
        if (c.project().auth().enabled() && (production.authRateLimit() == null
                || production.rateLimit(production.authRateLimit()).isEmpty())) {
            return List.of(finding(ModelPath.section("production", "Production: auth rate limit"),
                    "Login, register and refresh have no rate limit; attach a strict class (e.g. 10 per minute).",
                    new QuickFix("Limit auth to 10 per minute", p -> {
                        var prod = p.production();
                        var withClass = prod.rateLimit("auth").isPresent() ? prod : prod.withRateLimits(Lists.plus(
                                prod.rateLimits(), new RateLimitClass("rl_auth", "auth", 10, 60,
                                        RateLimitClass.Key.CLIENT)));
                        return p.withProduction(withClass.withRateLimitNames(prod.globalRateLimit(), "auth"));
                    })));
        }
        return List.of();
    }
}
