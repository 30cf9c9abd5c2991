package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-10: Filtering or sorting on a secret leaks it one bit at a time (an attacker bisects the value with ?passwordHash=... or sort order). */
final class SensitiveFieldQueried extends BaseRule {
    SensitiveFieldQueried() {
        super("DM-10", Severity.ERROR, "Filtering or sorting on a secret leaks it one bit at a time (an attacker bisects the value with ?passwordHash=... or sort order).");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Endpoint ep : c.endpointsOf(e)) {
                for (Field f : e.fields()) {
                    String prop = Naming.property(f);
                    if (f.sensitive() && (ep.filterable().contains(prop) || ep.sortable().contains(prop))) {
                        out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path()
                                + " filters or sorts on sensitive " + e.name() + "." + f.name() + "; remove it.",
                                new QuickFix("Stop querying " + prop, p -> p.withEndpoint(ep.id(), x -> x
                                        .withFilterable(x.filterable().stream().filter(s -> !s.equals(prop)).toList())
                                        .withSortable(x.sortable().stream().filter(s -> !s.equals(prop)).toList())))));
                    }
                }
            }
        }
        return out;
    }
}
