package {{package}}.data;

/** An equality filter on a column (the column comes from the schema, never from the request). */
public record Condition(String column, Object value) {
}
