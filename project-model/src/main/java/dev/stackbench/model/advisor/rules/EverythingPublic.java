package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-11: A project with users where no endpoint requires auth is almost always an oversight: anyone can write everything. */
final class EverythingPublic extends BaseRule {
    EverythingPublic() {
        super("AUTH-11", Severity.WARNING, "A project with users where no endpoint requires auth is almost always an oversight: anyone can write everything.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (c.project().auth().enabled() && !c.project().endpoints().isEmpty()
                && c.project().endpoints().stream().noneMatch(Endpoint::authRequired)) {
            return List.of(finding(ModelPath.section("endpoints", "Endpoints"), "The project has users, but every "
                    + "endpoint is public. Require auth on writes at least."));
        }
        return List.of();
    }
}
