package dev.stackbench.model.plan;

import dev.stackbench.model.OnDelete;

/** {@code column} of this table references the primary key of {@code referencedTable}. */
public record ForeignKey(String elementId, String name, String column, String referencedTable,
                         String referencedColumn, OnDelete onDelete) {
}
