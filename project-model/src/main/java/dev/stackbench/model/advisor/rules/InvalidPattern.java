package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-17: A pattern that is not a valid regular expression makes validation itself fail. */
final class InvalidPattern extends BaseRule {
    InvalidPattern() {
        super("DM-17", Severity.ERROR, "A pattern that is not a valid regular expression makes validation itself fail.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                if (f.pattern() != null) {
                    try {
                        java.util.regex.Pattern.compile(f.pattern());
                    } catch (java.util.regex.PatternSyntaxException ex) {
                        out.add(finding(AdvisorContext.at(e, f), "The pattern of " + e.name() + "." + f.name()
                                + " is not a valid regular expression: " + ex.getDescription()));
                    }
                }
            }
        }
        return out;
    }
}
