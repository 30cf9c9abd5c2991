package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The user entity as auth sees it: find by login with the password hash, and turn a row into a caller. */
final class UserRows {
    final Resource resource;
    final Column login;
    final Column password;
    final Column role;
    private final String defaultRole;
    private final Repository repo;

    private UserRows(Resource resource, Column login, Column password, Column role, String defaultRole,
                     Repository repo) {
        this.resource = resource;
        this.login = login;
        this.password = password;
        this.role = role;
        this.defaultRole = defaultRole;
        this.repo = repo;
    }

    static Optional<UserRows> of(Project project, RelationalPlan plan, Repository repo) {
        AuthConfig auth = project.auth();
        Optional<Entity> user = project.userEntity();
        if (!auth.enabled() || user.isEmpty() || plan.tableOfEntity(user.get().id()).isEmpty()) {
            return Optional.empty();
        }
        Resource r = Resource.of(project, plan, user.get());
        Column login = column(r, auth.loginFieldId());
        Column password = column(r, auth.passwordFieldId());
        if (login == null) {
            return Optional.empty();
        }
        return Optional.of(new UserRows(r, login, password, column(r, auth.roleFieldId()),
                auth.defaultRole() == null ? "user" : auth.defaultRole(), repo));
    }

    private static Column column(Resource r, String elementId) {
        return elementId == null ? null : r.table().columns().stream().filter(c -> c.elementId().equals(elementId))
                .findFirst().orElse(null);
    }

    /** The row's id and password hash (null without a password column) for a login. */
    Optional<String[]> credentials(Connection c, String loginValue) throws SQLException {
        String hash = password == null ? "NULL" : Sql.q(password.name());
        String sql = "SELECT \"id\", " + hash + " FROM " + Sql.q(resource.table().name())
                + " WHERE " + Sql.q(login.name()) + " = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, loginValue);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    Optional<ObjectNode> row(Connection c, String id) throws SQLException {
        try {
            return repo.find(c, resource, Ids.callerId(id, resource.table()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Caller caller(ObjectNode row) {
        String roleName = role == null ? defaultRole : row.path(role.property()).asText(defaultRole);
        return new Caller(row.get("id").asText(), displayName(row), List.of(roleName));
    }

    /** The first text property that is not the login (e.g. {@code displayName}), else the login. */
    private String displayName(ObjectNode row) {
        for (var e : resource.fields().entrySet()) {
            JsonNode v = row.get(e.getKey());
            boolean text = e.getValue().type() == dev.stackbench.model.FieldType.STRING;
            if (text && !e.getKey().equals(login.property()) && v != null && v.isTextual()
                    && e.getKey().toLowerCase(java.util.Locale.ROOT).contains("name")) {
                return v.asText();
            }
        }
        return row.path(login.property()).asText();
    }

    String defaultRole() {
        return defaultRole;
    }
}
