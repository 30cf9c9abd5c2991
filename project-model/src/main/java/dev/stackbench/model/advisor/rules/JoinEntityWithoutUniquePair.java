package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Index;
import dev.stackbench.model.Lists;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-16: A join entity such as likes (user, post) without a unique index on the pair lets the same user like the same post twice; the database is the only place that can stop it under concurrency. */
final class JoinEntityWithoutUniquePair extends BaseRule {
    JoinEntityWithoutUniquePair() {
        super("DM-16", Severity.WARNING, "A join entity such as likes (user, post) without a unique index on the pair lets the same user like the same post twice; the database is the only place that can stop it under concurrency.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            List<Relationship> keys = e.relationships().stream()
                    .filter(r -> r.kind() == RelationKind.MANY_TO_ONE).toList();
            if (keys.size() != 2 || e.fields().stream().anyMatch(JoinEntityWithoutUniquePair::isContent)) {
                continue;
            }
            java.util.Set<String> pair = java.util.Set.of(keys.get(0).id(), keys.get(1).id());
            boolean covered = e.indexes().stream().anyMatch(i -> i.unique() && i.elementIds().size() == 2
                    && pair.containsAll(i.elementIds()));
            if (!covered) {
                String label = "(" + keys.get(0).name() + ", " + keys.get(1).name() + ")";
                out.add(finding(AdvisorContext.at(e), e.name() + " joins two entities but nothing stops the same "
                        + label + " pair twice. Add a unique index on " + label + ".",
                        new QuickFix("Add a unique index on " + label, p -> p.withEntity(e.id(), x -> x.withIndexes(
                                Lists.plus(x.indexes(), new Index(Ids.next("idx"), null,
                                        List.of(keys.get(0).id(), keys.get(1).id()), true)))))));
            }
        }
        return out;
    }

    /** Text, numbers and JSON are content (a comment's body); flags, enums and dates describe the link. */
    private static boolean isContent(dev.stackbench.model.Field f) {
        return f.type().isTextual() || f.type().isNumeric() || f.type() == dev.stackbench.model.FieldType.JSON;
    }
}
