package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-13: An enum with no values or a default that breaks the field's own constraints makes every insert fail. */
final class ImpossibleConstraint extends BaseRule {
    ImpossibleConstraint() {
        super("DM-13", Severity.ERROR, "An enum with no values or a default that breaks the field's own constraints makes every insert fail.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                String problem = Constraints.problem(f);
                if (problem != null) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name() + ": " + problem));
                }
            }
        }
        return out;
    }
}
