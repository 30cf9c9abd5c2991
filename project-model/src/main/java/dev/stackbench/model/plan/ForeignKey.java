package dev.stackbench.model.plan;

import dev.stackbench.model.OnDelete;

/** {@code column} of this table references the primary key of {@code referencedTable}. */
public record ForeignKey(String elementId, String name, String column, String referencedTable,
                         String referencedColumn, OnDelete onDelete) {

    /** The standard SQL clause for the rule, the same on every database we write DDL for; unset restricts. */
    public String onDeleteClause() {
        return switch (onDelete == null ? OnDelete.UNSET : onDelete) {
            case CASCADE -> " ON DELETE CASCADE";
            case SET_NULL -> " ON DELETE SET NULL";
            case RESTRICT, UNSET -> " ON DELETE RESTRICT";
        };
    }
}
