package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-4: Without an index on a foreign key, every join and every delete of the referenced row scans the whole table. */
final class ForeignKeyIndexOff extends BaseRule {
    ForeignKeyIndexOff() {
        super("DM-4", Severity.WARNING, "Without an index on a foreign key, every join and every delete of the referenced row scans the whole table.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Relationship r : e.relationships()) {
                if (r.fkIndexOff()) {
                    out.add(finding(AdvisorContext.at(e, r), "The foreign key of " + e.name() + "." + r.name()
                            + " has its index turned off; joins and deletes will scan the table.",
                            new QuickFix("Index the foreign key again", p -> p.withEntity(e.id(),
                                    x -> x.withRelationship(r.id(), y -> y.withFkIndexOff(false))))));
                }
            }
        }
        return out;
    }
}
