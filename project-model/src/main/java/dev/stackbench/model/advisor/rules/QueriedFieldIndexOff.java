package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-5: A field that clients filter or sort on without an index makes every such list request a full table scan. */
final class QueriedFieldIndexOff extends BaseRule {
    QueriedFieldIndexOff() {
        super("DM-5", Severity.WARNING, "A field that clients filter or sort on without an index makes every such list request a full table scan.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            java.util.Set<String> queried = new java.util.HashSet<>();
            c.endpointsOf(e).forEach(ep -> {
                queried.addAll(ep.filterable());
                queried.addAll(ep.sortable());
            });
            for (Field f : e.fields()) {
                if (f.autoIndexOff() && queried.contains(Naming.property(f))) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name()
                            + " is filtered or sorted on but its index is turned off.",
                            new QuickFix("Index " + f.name() + " again", p -> p.withEntity(e.id(),
                                    x -> x.withField(f.id(), y -> y.withAutoIndexOff(false))))));
                }
            }
        }
        return out;
    }
}
