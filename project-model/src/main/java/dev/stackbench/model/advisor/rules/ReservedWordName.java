package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-3: Generated SQL quotes identifiers, so a reserved word works here; but hand-written queries, BI tools and ORMs will trip on a table or column called order, user or group. */
final class ReservedWordName extends BaseRule {
    ReservedWordName() {
        super("DM-3", Severity.ADVICE, "Generated SQL quotes identifiers, so a reserved word works here; but hand-written queries, BI tools and ORMs will trip on a table or column called order, user or group.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            if (SqlWords.RESERVED.contains(Naming.tableName(e))) {
                out.add(finding(AdvisorContext.at(e), "Table " + Naming.tableName(e)
                        + " is a SQL reserved word. Consider another entity name or a table name override."));
            }
            for (Field f : e.fields()) {
                if (SqlWords.RESERVED.contains(Naming.column(f))) {
                    out.add(finding(AdvisorContext.at(e, f), "Column " + Naming.column(f) + " of " + e.name()
                            + " is a SQL reserved word (e.g. rename '" + f.name() + "' to '" + f.name() + "Name')."));
                }
            }
        }
        return out;
    }
}
