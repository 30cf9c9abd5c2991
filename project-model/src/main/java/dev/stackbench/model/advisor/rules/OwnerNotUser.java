package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** AUTH-13: An ownership rule compares a row's owner with the caller; the owner must be a many-to-one relationship to the user entity. */
final class OwnerNotUser extends BaseRule {
    OwnerNotUser() {
        super("AUTH-13", Severity.ERROR, "An ownership rule compares a row's owner with the caller; the owner must be a many-to-one relationship to the user entity.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            if (e.ownerRelationshipId() == null) {
                continue;
            }
            var owner = e.owner();
            boolean ok = owner.isPresent() && owner.get().kind().foreignKeyOnSource()
                    && owner.get().targetEntityId().equals(c.project().auth().userEntityId());
            if (!ok) {
                out.add(finding(AdvisorContext.at(e), "The owner of " + e.name()
                        + " must be a many-to-one relationship to the user entity."));
            }
        }
        return out;
    }
}
