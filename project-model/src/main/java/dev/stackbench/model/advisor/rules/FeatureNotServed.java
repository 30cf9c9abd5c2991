package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Feature;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** REQ-2: A feature linked to no entity and no endpoint is not served by the design yet: either the model misses something or the feature is out of scope. */
final class FeatureNotServed extends BaseRule {
    FeatureNotServed() {
        super("REQ-2", Severity.WARNING, "A feature linked to no entity and no endpoint is not served by the design yet: either the model misses something or the feature is out of scope.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Feature f : c.project().features()) {
            if (f.entityIds().isEmpty() && f.endpointIds().isEmpty()) {
                out.add(finding(ModelPath.element("features", f.id(), f.title()), "Feature '" + f.title()
                        + "' is linked to no entity and no endpoint. Link what serves it, or mark it WONT."));
            }
        }
        return out;
    }
}
