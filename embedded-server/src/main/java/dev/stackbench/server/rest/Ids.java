package dev.stackbench.server.rest;

import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;

import java.util.List;

/** Path ids parsed by the table's id type; a bad one is a 400 naming the path variable. */
final class Ids {
    private Ids() {
    }

    static Object parse(String text, Table table, String variable) {
        SqlType type = table.columns().get(0).type();
        try {
            if (type.kind() == SqlType.Kind.UUID) {
                return Values.fromText(text, type);
            }
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException | Values.TypeMismatch e) {
            // falls through to the 400 below
        }
        throw ApiException.invalid(List.of(new FieldError(variable,
                type.kind() == SqlType.Kind.UUID ? "must be a UUID" : "must be an integer")));
    }

    /** The caller's id as the column's Java type (ids travel as text in tokens). */
    static Object callerId(String id, Table table) {
        return table.columns().get(0).type().kind() == SqlType.Kind.UUID ? java.util.UUID.fromString(id)
                : Long.valueOf(id);
    }
}
