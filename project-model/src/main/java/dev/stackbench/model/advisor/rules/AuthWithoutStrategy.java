package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** AUTH-1: An endpoint or channel that requires authentication in a project without an auth strategy can never be called. */
final class AuthWithoutStrategy extends BaseRule {
    AuthWithoutStrategy() {
        super("AUTH-1", Severity.ERROR, "An endpoint or channel that requires authentication in a project without an auth strategy can never be called.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().auth().enabled()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        c.project().endpoints().stream().filter(Endpoint::authRequired).forEach(ep -> out.add(finding(
                AdvisorContext.at(ep), ep.method() + " " + ep.path() + " requires auth, but the project has no auth "
                        + "strategy. Choose JWT, session or OAuth on the auth page.")));
        c.project().channels().stream().filter(ch -> ch.authRequired()).forEach(ch -> out.add(finding(
                ModelPath.element("channels", ch.id(), ch.name()), "Channel " + ch.name()
                        + " requires auth, but the project has no auth strategy.")));
        return out;
    }
}
