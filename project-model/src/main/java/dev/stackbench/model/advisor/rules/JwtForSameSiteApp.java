package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-7: For a server-rendered app on the same site, a session cookie is simpler, revocable at once and safe from XSS token theft; JWT adds refresh logic for nothing. */
final class JwtForSameSiteApp extends BaseRule {
    JwtForSameSiteApp() {
        super("AUTH-7", Severity.WARNING, "For a server-rendered app on the same site, a session cookie is simpler, revocable at once and safe from XSS token theft; JWT adds refresh logic for nothing.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var stack = c.project().stack();
        if (c.project().auth().strategy() == AuthStrategy.JWT && stack.serverRendered() && stack.sameSiteFrontend()) {
            return List.of(finding(ModelPath.section("auth", "Auth: strategy"), "A server-rendered same-site app "
                    + "is better served by sessions than by JWT.",
                    new QuickFix("Use sessions", p -> p.withAuth(p.auth().withStrategy(AuthStrategy.SESSION)))));
        }
        return List.of();
    }
}
