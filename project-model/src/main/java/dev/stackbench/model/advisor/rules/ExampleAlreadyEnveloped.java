package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-10: The envelope is a project-wide choice applied by the server; an example response that is itself an envelope ends up wrapped twice and clients see two styles. */
final class ExampleAlreadyEnveloped extends BaseRule {
    ExampleAlreadyEnveloped() {
        super("API-10", Severity.ADVICE, "The envelope is a project-wide choice applied by the server; an example response that is itself an envelope ends up wrapped twice and clients see two styles.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            if (ep.exampleResponse() != null && ep.exampleResponse().replace(" ", "").contains("\"success\":")) {
                out.add(finding(AdvisorContext.at(ep), "The example of " + ep.method() + " " + ep.path()
                        + " already contains the envelope; give only the data, the server wraps it."));
            }
        }
        return out;
    }
}
