package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Transport;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** RT-1: SSE is one-way: server to client. A channel where clients also send messages needs WebSocket. */
final class SseForTwoWay extends BaseRule {
    SseForTwoWay() {
        super("RT-1", Severity.WARNING, "SSE is one-way: server to client. A channel where clients also send messages needs WebSocket.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        return c.project().channels().stream().filter(ch -> ch.transport() == Transport.SSE && ch.clientsSend())
                .map(ch -> finding(ModelPath.element("channels", ch.id(), ch.name()), "Clients send on channel "
                        + ch.name() + ", but SSE only carries server messages. Use WebSocket.",
                        new QuickFix("Use WebSocket", p -> p.withChannel(ch.id(),
                                x -> x.withTransport(Transport.WEBSOCKET))))).toList();
    }
}
