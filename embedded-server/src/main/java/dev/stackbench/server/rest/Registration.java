package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a user from a register body: the user entity's validation plus the password rule (8–128 characters),
 * the role forced to the default (a {@code role} in the body is read-only), the password stored as Argon2id.
 */
final class Registration {
    private Registration() {
    }

    static void insert(UserRows users, ObjectNode fields, String password, Connection c, RestContext ctx)
            throws SQLException {
        if (users.role != null && fields.has(users.role.property())) {
            throw ApiException.invalid(List.of(new FieldError(users.role.property(), "is read-only")));
        }
        String problem = password == null ? "is required" : password.length() < 8 ? "must be at least 8 characters"
                : password.length() > 128 ? "must be at most 128 characters" : null;
        if (users.role != null) {
            fields.put(users.role.property(), users.defaultRole());
        }
        Validator.Changes changes;
        try {
            changes = Validator.check(users.resource, fields, Validator.Mode.CREATE, c, new Repository(
                    new dev.stackbench.model.plan.RelationalPlan(List.of(users.resource.table())), ctx.json()), null);
        } catch (ApiException e) {
            if (e.status() != 422 || problem == null) {
                throw e;
            }
            List<FieldError> all = new ArrayList<>(e.errors());
            all.add(new FieldError("password", problem));
            throw ApiException.validation(all);
        }
        if (problem != null) {
            throw ApiException.validation(List.of(new FieldError("password", problem)));
        }
        Map<String, Object> values = new LinkedHashMap<>(changes.columns());
        if (users.password != null) {
            values.put(users.password.name(), ctx.hasher().hash(password));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        users.resource.table().columns().stream().filter(col -> col.role() == dev.stackbench.model.plan.Column.Role
                .CREATED_AT || col.role() == dev.stackbench.model.plan.Column.Role.UPDATED_AT)
                .forEach(col -> values.put(col.name(), now));
        new Repository(new dev.stackbench.model.plan.RelationalPlan(List.of(users.resource.table())), ctx.json())
                .insert(c, users.resource, values);
    }
}
