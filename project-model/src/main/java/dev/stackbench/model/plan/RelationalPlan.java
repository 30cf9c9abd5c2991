package dev.stackbench.model.plan;

import java.util.List;
import java.util.Optional;

/** Tables in dependency order (referenced tables first), derived from a project's entities. */
public record RelationalPlan(List<Table> tables) {
    public RelationalPlan {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Table> tableOfEntity(String entityId) {
        return tables.stream().filter(t -> entityId.equals(t.entityId())).findFirst();
    }
}
