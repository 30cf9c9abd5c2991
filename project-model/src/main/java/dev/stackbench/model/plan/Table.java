package dev.stackbench.model.plan;

import java.util.List;
import java.util.Optional;

/**
 * A table of the relational plan. {@code entityId} is null for many-to-many join tables, whose
 * {@code elementId} is then the relationship's id.
 */
public record Table(String elementId, String entityId, String name, List<Column> columns, List<String> primaryKey,
                    List<ForeignKey> foreignKeys, List<PlanIndex> indexes) {
    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public boolean isJoinTable() {
        return entityId == null;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Column> columnForProperty(String property) {
        return columns.stream().filter(c -> c.property().equals(property)).findFirst();
    }
}
