package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-5: A filter or sort on a property the entity does not have can never work; it is a typo or a leftover from a rename. */
final class UnknownQueryField extends BaseRule {
    UnknownQueryField() {
        super("API-5", Severity.ERROR, "A filter or sort on a property the entity does not have can never work; it is a typo or a leftover from a rename.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            java.util.Set<String> known = c.properties(e);
            for (Endpoint ep : c.endpointsOf(e)) {
                java.util.List<String> queried = new ArrayList<>(ep.filterable());
                queried.addAll(ep.sortable());
                for (String name : queried) {
                    if (!known.contains(name)) {
                        out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path() + " filters or sorts on '"
                                + name + "', which " + e.name() + " does not have.",
                                new QuickFix("Remove '" + name + "'", p -> p.withEndpoint(ep.id(), x -> x
                                        .withFilterable(x.filterable().stream().filter(s -> !s.equals(name)).toList())
                                        .withSortable(x.sortable().stream().filter(s -> !s.equals(name)).toList())))));
                    }
                }
            }
        }
        return out;
    }
}
