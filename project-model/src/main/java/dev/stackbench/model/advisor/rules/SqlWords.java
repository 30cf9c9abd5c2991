package dev.stackbench.model.advisor.rules;

import java.util.Set;

/** SQL words that PostgreSQL, MySQL or the standard reserve and that tools trip on when unquoted. */
final class SqlWords {
    static final Set<String> RESERVED = Set.of("all", "and", "any", "as", "asc", "between", "by", "case", "check",
            "column", "constraint", "create", "cross", "current_date", "current_time", "current_user", "default",
            "delete", "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "fetch", "for",
            "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert", "intersect",
            "into", "is", "join", "key", "left", "like", "limit", "not", "null", "offset", "on", "or", "order",
            "outer", "primary", "references", "right", "select", "session_user", "set", "table", "then", "to",
            "true", "union", "unique", "update", "user", "using", "values", "when", "where", "window", "with");

    private SqlWords() {
    }
}
