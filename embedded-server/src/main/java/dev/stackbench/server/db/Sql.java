package dev.stackbench.server.db;

/** Identifier quoting. Identifiers only ever come from the validated model, and are quoted even then. */
public final class Sql {
    private Sql() {
    }

    public static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
