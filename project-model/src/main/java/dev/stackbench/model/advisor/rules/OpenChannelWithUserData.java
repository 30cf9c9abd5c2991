package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Channel;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** RT-3: A channel that streams rows users own (or user records) without auth broadcasts private data to anyone who connects. */
final class OpenChannelWithUserData extends BaseRule {
    OpenChannelWithUserData() {
        super("RT-3", Severity.WARNING, "A channel that streams rows users own (or user records) without auth broadcasts private data to anyone who connects.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Channel ch : c.project().channels()) {
            boolean userData = ch.entityIds().stream().anyMatch(id -> id.equals(c.project().auth().userEntityId())
                    || c.entity(id).map(e -> e.ownerRelationshipId() != null).orElse(false));
            if (!ch.authRequired() && userData && ch.clientsSend()) {
                out.add(finding(ModelPath.element("channels", ch.id(), ch.name()), "Channel " + ch.name()
                        + " carries user data without auth.",
                        new QuickFix("Require auth", p -> p.withChannel(ch.id(), x -> x.withAuthRequired(true)))));
            } else if (!ch.authRequired() && ch.entityIds().contains(c.project().auth().userEntityId())) {
                out.add(finding(ModelPath.element("channels", ch.id(), ch.name()), "Channel " + ch.name()
                        + " streams user records without auth.",
                        new QuickFix("Require auth", p -> p.withChannel(ch.id(), x -> x.withAuthRequired(true)))));
            }
        }
        return out;
    }
}
