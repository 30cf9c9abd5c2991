package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Channel;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** RT-4: A channel costs open connections and fan-out; one that carries no events is overkill, and for few clients with rare updates polling is fine. */
final class EmptyChannel extends BaseRule {
    EmptyChannel() {
        super("RT-4", Severity.ADVICE, "A channel costs open connections and fan-out; one that carries no events is overkill, and for few clients with rare updates polling is fine.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        return c.project().channels().stream().filter(ch -> ch.entityIds().isEmpty() && ch.customEvents().isEmpty()
                && !ch.clientsSend()).map(ch -> finding(ModelPath.element("channels", ch.id(), ch.name()),
                "Channel " + ch.name() + " carries no events; add what it streams or remove it.")).toList();
    }
}
