package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-14: A pattern with nested quantifiers such as (a+)+ can take exponential time on a crafted input: one request can pin a CPU (ReDoS). */
final class BacktrackingPattern extends BaseRule {
    BacktrackingPattern() {
        super("DM-14", Severity.WARNING, "A pattern with nested quantifiers such as (a+)+ can take exponential time on a crafted input: one request can pin a CPU (ReDoS).");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.regex.Pattern nested = java.util.regex.Pattern.compile(
                "\\((?:\\?:)?(?:\\\\.|\\[[^\\]]*]|\\.|\\w)[+*]\\)[+*{]");
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                if (f.pattern() != null && nested.matcher(f.pattern()).find()) {
                    out.add(finding(AdvisorContext.at(e, f), "The pattern of " + e.name() + "." + f.name()
                            + " nests quantifiers and can backtrack catastrophically; rewrite it without (x+)+."));
                }
            }
        }
        return out;
    }
}
