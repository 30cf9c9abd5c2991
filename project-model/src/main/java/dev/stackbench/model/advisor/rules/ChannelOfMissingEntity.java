package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Lists;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** RT-6: A channel cannot stream events of an entity that does not exist. */
final class ChannelOfMissingEntity extends BaseRule {
    ChannelOfMissingEntity() {
        super("RT-6", Severity.ERROR, "A channel cannot stream events of an entity that does not exist.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Channel ch : c.project().channels()) {
            for (String id : ch.entityIds()) {
                if (c.entity(id).isEmpty()) {
                    out.add(finding(ModelPath.element("channels", ch.id(), ch.name()), "Channel " + ch.name()
                            + " carries events of an entity that does not exist.",
                            new QuickFix("Remove the missing entity", p -> p.withChannel(ch.id(), x -> x.withEntityIds(
                                    Lists.minus(x.entityIds(), y -> y.equals(id)))))));
                }
            }
        }
        return out;
    }
}
