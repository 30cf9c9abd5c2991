package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-12: A string without a maximum length accepts a megabyte of text into a name field: unbounded input, unbounded storage, and slow indexes. */
final class UnboundedString extends BaseRule {
    UnboundedString() {
        super("DM-12", Severity.WARNING, "A string without a maximum length accepts a megabyte of text into a name field: unbounded input, unbounded storage, and slow indexes.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.STRING && f.maxLength() == null) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name() + " has no maximum length.",
                            new QuickFix("Limit to 255 characters", p -> p.withEntity(e.id(),
                                    x -> x.withField(f.id(), y -> y.withLength(y.minLength(), 255))))));
                }
            }
        }
        return out;
    }
}
