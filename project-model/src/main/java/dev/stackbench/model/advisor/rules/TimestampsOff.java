package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-6: createdAt and updatedAt cost almost nothing and answer the first question of every incident: when did this row change? */
final class TimestampsOff extends BaseRule {
    TimestampsOff() {
        super("DM-6", Severity.ADVICE, "createdAt and updatedAt cost almost nothing and answer the first question of every incident: when did this row change?");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            if (e.timestampsOff()) {
                out.add(finding(AdvisorContext.at(e), e.name() + " has no createdAt/updatedAt.",
                        new QuickFix("Add timestamps", p -> p.withEntity(e.id(), x -> x.withTimestampsOff(false)))));
            }
        }
        return out;
    }
}
