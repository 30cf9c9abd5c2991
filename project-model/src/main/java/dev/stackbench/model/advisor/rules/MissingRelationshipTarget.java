package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-2: A relationship to an entity that does not exist has no table to reference; the foreign key cannot be created. */
final class MissingRelationshipTarget extends BaseRule {
    MissingRelationshipTarget() {
        super("DM-2", Severity.ERROR, "A relationship to an entity that does not exist has no table to reference; the foreign key cannot be created.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Relationship r : e.relationships()) {
                if (c.entity(r.targetEntityId()).isEmpty()) {
                    out.add(finding(AdvisorContext.at(e, r), "Relationship " + e.name() + "." + r.name()
                            + " points at an entity that does not exist. Choose an existing target or remove it."));
                }
            }
        }
        return out;
    }
}
