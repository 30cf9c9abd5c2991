package {{package}}.data;

/** One key of an ORDER BY; the column comes from the schema. */
public record SortKey(String column, boolean descending) {
}
