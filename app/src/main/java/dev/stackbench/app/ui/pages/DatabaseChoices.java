package dev.stackbench.app.ui.pages;

import dev.stackbench.model.StackChoices.DatabaseKind;

/** The database choice as the pages offer it: its name, and in one line (the tooltip) when to pick it. */
final class DatabaseChoices {
    private DatabaseChoices() {
    }

    static String label(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL / MariaDB";
            case H2 -> "H2";
        };
    }

    static String why(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "The default: JSONB, strict types and schema changes inside transactions.";
            case MYSQL -> "When your hosting or team already runs MySQL 8 or MariaDB 10.11+; same API, same tests.";
            case H2 -> "In-memory, for trying the model live; no export target runs on it (lint says so).";
        };
    }
}
