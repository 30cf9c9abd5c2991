package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Transport;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** RT-5: Mobile networks drop connections all the time; without event ids and a resume buffer a reconnecting client silently misses events. */
final class SseNotResumable extends BaseRule {
    SseNotResumable() {
        super("RT-5", Severity.WARNING, "Mobile networks drop connections all the time; without event ids and a resume buffer a reconnecting client silently misses events.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        return c.project().channels().stream().filter(ch -> ch.transport() == Transport.SSE && ch.resumeBuffer() == 0)
                .map(ch -> finding(ModelPath.element("channels", ch.id(), ch.name()), "SSE channel " + ch.name()
                        + " keeps no events for Last-Event-ID resume.",
                        new QuickFix("Keep the last 200 events", p -> p.withChannel(ch.id(),
                                x -> x.withResumeBuffer(200))))).toList();
    }
}
