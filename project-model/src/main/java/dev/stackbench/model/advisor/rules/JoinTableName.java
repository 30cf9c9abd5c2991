package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-7: A many-to-many needs a link table; naming it explicitly keeps the schema readable, and a name that clashes with an entity's table breaks it. */
final class JoinTableName extends BaseRule {
    JoinTableName() {
        super("DM-7", Severity.WARNING, "A many-to-many needs a link table; naming it explicitly keeps the schema readable, and a name that clashes with an entity's table breaks it.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> tables = new java.util.HashSet<>();
        c.project().entities().forEach(e -> tables.add(Naming.tableName(e)));
        for (Entity e : c.project().entities()) {
            for (Relationship r : e.relationships()) {
                if (r.kind() != RelationKind.MANY_TO_MANY || c.entity(r.targetEntityId()).isEmpty()) {
                    continue;
                }
                String derived = Naming.snake(e.name()) + "_" + Naming.tableName(c.entity(r.targetEntityId()).get());
                if (r.joinTable() == null || r.joinTable().isBlank()) {
                    out.add(finding(AdvisorContext.at(e, r), e.name() + "." + r.name()
                            + " has no join table name; it would be " + derived + ".",
                            new QuickFix("Name the join table " + derived, p -> p.withEntity(e.id(),
                                    x -> x.withRelationship(r.id(), y -> y.withJoinTable(derived))))));
                } else if (tables.contains(r.joinTable())) {
                    out.add(finding(AdvisorContext.at(e, r), "Join table " + r.joinTable() + " of " + e.name()
                            + "." + r.name() + " clashes with an entity's table. Rename it."));
                }
            }
        }
        return out;
    }
}
