package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Transport;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** RT-2: For a one-way feed SSE is simpler: plain HTTP, automatic reconnect with Last-Event-ID, and it passes proxies that block WebSocket. */
final class WebSocketForFeed extends BaseRule {
    WebSocketForFeed() {
        super("RT-2", Severity.ADVICE, "For a one-way feed SSE is simpler: plain HTTP, automatic reconnect with Last-Event-ID, and it passes proxies that block WebSocket.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        return c.project().channels().stream().filter(ch -> ch.transport() == Transport.WEBSOCKET && !ch.clientsSend())
                .map(ch -> finding(ModelPath.element("channels", ch.id(), ch.name()), "Only the server talks on "
                        + ch.name() + "; SSE would be simpler than WebSocket.",
                        new QuickFix("Use SSE", p -> p.withChannel(ch.id(), x -> x.withTransport(Transport.SSE)
                                .withResumeBuffer(Math.max(x.resumeBuffer(), 200)))))).toList();
    }
}
