package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-6: Cookies across sites need SameSite=None, CSRF protection and third-party cookie support that browsers are removing; a front end on another site is easier with JWT or same-site hosting. */
final class SessionAcrossSites extends BaseRule {
    SessionAcrossSites() {
        super("AUTH-6", Severity.ADVICE, "Cookies across sites need SameSite=None, CSRF protection and third-party cookie support that browsers are removing; a front end on another site is easier with JWT or same-site hosting.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().auth().strategy() == AuthStrategy.SESSION && !c.project().stack().sameSiteFrontend()) {
            return List.of(finding(ModelPath.section("auth", "Auth: strategy"), "Sessions with a front end on "
                    + "another site need SameSite=None cookies and CSRF tokens; host on the same site or use JWT."));
        }
        return List.of();
    }
}
