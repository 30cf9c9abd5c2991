package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.Rule;
import dev.stackbench.model.advisor.Severity;

/** Id, severity and teaching text of a rule; subclasses supply only the check. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String why;

    BaseRule(String id, Severity severity, String why) {
        this.id = id;
        this.severity = severity;
        this.why = why;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String why() {
        return why;
    }
}
