package dev.stackbench.model.advisor;

import java.util.Optional;

/** One thing the advisor noticed: which rule, how serious, where, what to do, and maybe a one-click fix. */
public record Finding(String ruleId, Severity severity, ModelPath path, String message, QuickFix fix) {
    public Optional<QuickFix> quickFix() {
        return Optional.ofNullable(fix);
    }
}
