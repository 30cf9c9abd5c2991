package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-8: What happens to comments when their post is deleted? Cascade, set null or restrict are all valid; leaving it to the database default is how orphans and surprise failures happen. */
final class OnDeleteUnset extends BaseRule {
    OnDeleteUnset() {
        super("DM-8", Severity.WARNING, "What happens to comments when their post is deleted? Cascade, set null or restrict are all valid; leaving it to the database default is how orphans and surprise failures happen.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Relationship r : e.relationships()) {
                if (r.kind() != RelationKind.MANY_TO_MANY && r.onDelete() == OnDelete.UNSET) {
                    out.add(finding(AdvisorContext.at(e, r), "Choose what deleting the target of " + e.name() + "."
                            + r.name() + " does: cascade, set null or restrict.",
                            new QuickFix("Restrict deletes", p -> p.withEntity(e.id(),
                                    x -> x.withRelationship(r.id(), y -> y.withOnDelete(OnDelete.RESTRICT))))));
                }
            }
        }
        return out;
    }
}
