package {{package}}.db;

import java.sql.SQLException;

/**
 * The few SQL spellings that differ between databases, for {{databaseName}}. Every identifier in the app's SQL
 * goes through {@link #q}, so names that are reserved words ({@code order}, {@code user}, {@code key}) work.
 */
public final class Sql {
    private Sql() {
    }

    /** A quoted identifier: the names come from the generated schema, quoting only guards against reserved words. */
    public static String q(String identifier) {
{{#mysql}}
        return "`" + identifier + "`";
{{/mysql}}
{{^mysql}}
        return "\"" + identifier + "\"";
{{/mysql}}
    }

    /** A unique key refused the row: SQLState 23505 on PostgreSQL and H2, error 1062 (state 23000) on MySQL. */
    public static boolean uniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }

    /** One ORDER BY key; NULL sorts as the largest value on every database, as the contract says. */
    public static String orderKey(String column, boolean descending) {
{{#mysql}}
        // MySQL sorts NULL as the smallest value; sorting on "is null" first moves NULLs to the large end.
        return "(" + q(column) + " IS NULL)" + (descending ? " DESC, " : " ASC, ") + q(column)
                + (descending ? " DESC" : " ASC");
{{/mysql}}
{{^mysql}}
        return q(column) + (descending ? " DESC" : " ASC");
{{/mysql}}
    }
}
