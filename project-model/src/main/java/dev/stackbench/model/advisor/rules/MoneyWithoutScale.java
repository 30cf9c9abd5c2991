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

/** DM-15: Money needs an exact decimal with a declared precision and scale; floating point or an unstated scale rounds cents away. */
final class MoneyWithoutScale extends BaseRule {
    MoneyWithoutScale() {
        super("DM-15", Severity.ADVICE, "Money needs an exact decimal with a declared precision and scale; floating point or an unstated scale rounds cents away.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                String n = f.name().toLowerCase(java.util.Locale.ROOT);
                boolean money = n.contains("price") || n.contains("amount") || n.contains("total") || n.contains("cost")
                        || n.contains("fee") || n.contains("balance");
                if (money && (f.type() != FieldType.DECIMAL || f.precision() == null || f.scale() == null)) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name()
                            + " looks like money; make it a decimal with precision and scale (e.g. 12, 2).",
                            new QuickFix("Decimal(12, 2)", p -> p.withEntity(e.id(), x -> x.withField(f.id(),
                                    y -> y.withType(FieldType.DECIMAL).withDecimal(12, 2))))));
                }
            }
        }
        return out;
    }
}
