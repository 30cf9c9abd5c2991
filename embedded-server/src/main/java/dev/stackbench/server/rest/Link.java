package dev.stackbench.server.rest;

/**
 * A many-to-many seen from one entity: the JSON property ({@code tagIds}), the join table, the join column that
 * holds this entity's id, the one that holds the other side's id, the other table and its words for messages.
 */
record Link(String property, String joinTable, String selfColumn, String otherColumn, String otherTable,
            String otherWords) {
}
