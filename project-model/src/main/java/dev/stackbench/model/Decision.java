package dev.stackbench.model;

import java.util.List;

/** An architecture decision with its rationale; exported as an ADR. {@code topic} e.g. auth, realtime. */
public record Decision(String id, String topic, String title, String choice, String rationale,
                       List<String> alternatives, String status) {
    public Decision {
        rationale = rationale == null ? "" : rationale;
        alternatives = Lists.copy(alternatives);
        status = status == null || status.isBlank() ? "accepted" : status;
    }
}
