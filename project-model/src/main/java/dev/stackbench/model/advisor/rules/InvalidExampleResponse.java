package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-12: A custom endpoint answers live with its example response; if that is not valid JSON the live server and the docs have nothing to show. */
final class InvalidExampleResponse extends BaseRule {
    InvalidExampleResponse() {
        super("API-12", Severity.ERROR, "A custom endpoint answers live with its example response; if that is not valid JSON the live server and the docs have nothing to show.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            if (ep.kind() == dev.stackbench.model.EndpointKind.CUSTOM && ep.exampleResponse() != null
                    && !ep.exampleResponse().isBlank() && !Json.valid(ep.exampleResponse())) {
                out.add(finding(AdvisorContext.at(ep), "The example response of " + ep.method() + " " + ep.path()
                        + " is not valid JSON."));
            }
        }
        return out;
    }
}
