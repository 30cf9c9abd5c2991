package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Feature;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** REQ-1: A feature without acceptance criteria cannot be verified: nobody can say when it is done, and no test can prove it. */
final class FeatureWithoutCriteria extends BaseRule {
    FeatureWithoutCriteria() {
        super("REQ-1", Severity.ADVICE, "A feature without acceptance criteria cannot be verified: nobody can say when it is done, and no test can prove it.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Feature f : c.project().features()) {
            if (f.acceptanceCriteria().isEmpty()) {
                out.add(finding(ModelPath.element("features", f.id(), f.title()), "Feature '" + f.title()
                        + "' has no acceptance criteria. Write one or two sentences a tester can check, e.g. "
                        + "'A reader sees the 20 newest posts first'."));
            }
        }
        return out;
    }
}
