package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-1: Two entities whose names differ only in case map to the same table and URL; the schema and routes cannot be generated. */
final class DuplicateEntityName extends BaseRule {
    DuplicateEntityName() {
        super("DM-1", Severity.ERROR, "Two entities whose names differ only in case map to the same table and URL; the schema and routes cannot be generated.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.Map<String, Entity> seen = new java.util.HashMap<>();
        for (Entity e : c.project().entities()) {
            Entity first = seen.putIfAbsent(e.name().toLowerCase(java.util.Locale.ROOT), e);
            if (first != null) {
                out.add(finding(AdvisorContext.at(e), "Entity " + e.name() + " clashes with " + first.name()
                        + " (names must differ by more than case). Rename one."));
            }
        }
        return out;
    }
}
