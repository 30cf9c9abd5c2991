package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-3: Two endpoints with the same method and the same path shape (/users/{id} and /users/{userId}) cannot both be routed; one silently wins. */
final class DuplicateRoute extends BaseRule {
    DuplicateRoute() {
        super("API-3", Severity.ERROR, "Two endpoints with the same method and the same path shape (/users/{id} and /users/{userId}) cannot both be routed; one silently wins.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<String, Endpoint> seen = new java.util.HashMap<>();
        for (Endpoint ep : c.project().endpoints()) {
            String key = ep.method() + " " + ep.path().replaceAll("\\{[^}]*}", "{}");
            Endpoint first = seen.putIfAbsent(key, ep);
            if (first != null) {
                out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path() + " is the same route as "
                        + first.method() + " " + first.path() + ". Remove or change one."));
            }
        }
        return out;
    }
}
