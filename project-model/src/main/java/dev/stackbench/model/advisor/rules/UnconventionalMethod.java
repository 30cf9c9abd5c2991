package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-7: Clients expect create = POST answering 201 with the resource, update = PUT/PATCH, delete = DELETE answering 204, and validation errors listing every failing field. */
final class UnconventionalMethod extends BaseRule {
    UnconventionalMethod() {
        super("API-7", Severity.ADVICE, "Clients expect create = POST answering 201 with the resource, update = PUT/PATCH, delete = DELETE answering 204, and validation errors listing every failing field.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            HttpMethod expected = switch (ep.kind()) {
                case CREATE -> HttpMethod.POST;
                case UPDATE -> HttpMethod.PUT;
                case PATCH -> HttpMethod.PATCH;
                case DELETE -> HttpMethod.DELETE;
                case LIST, GET -> HttpMethod.GET;
                default -> null;
            };
            if (expected != null && ep.method() != expected) {
                out.add(finding(AdvisorContext.at(ep), "A " + ep.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " endpoint should use " + expected + ", not " + ep.method() + ".",
                        new QuickFix("Use " + expected, p -> p.withEndpoint(ep.id(), x -> x.withMethod(expected)))));
            }
        }
        return out;
    }
}
