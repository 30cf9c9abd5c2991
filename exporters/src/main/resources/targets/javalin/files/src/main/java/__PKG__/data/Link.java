package {{package}}.data;

/**
 * A many-to-many seen from one resource: the JSON property ({@code tagIds}), the join table, the join column
 * holding this resource's id, the one holding the other side's id, the other table and its words for messages.
 */
public record Link(String property, String joinTable, String selfColumn, String otherColumn, String otherTable,
                   String otherWords) {
}
