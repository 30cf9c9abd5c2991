package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.auth.UserDirectory;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/** The user directory over the current model's user table (rebuilt lazily after a hot reload). */
public final class SqlUserDirectory implements UserDirectory {
    private final RestContext ctx;
    private final Supplier<Project> model;
    private Project cachedFor;
    private UserRows cached;

    public SqlUserDirectory(RestContext ctx, Supplier<Project> model) {
        this.ctx = ctx;
        this.model = model;
    }

    private synchronized Optional<UserRows> users() {
        Project project = model.get();
        if (project != cachedFor) {
            RelationalPlan plan = PlanBuilder.build(project);
            cached = UserRows.of(project, plan, new Repository(plan, ctx.json())).orElse(null);
            cachedFor = project;
        }
        return Optional.ofNullable(cached);
    }

    @Override
    public Optional<Caller> byId(String id) {
        return users().flatMap(u -> query(() -> ctx.database().transaction(c -> u.row(c, id).map(u::caller))));
    }

    @Override
    public Optional<Caller> byLogin(String login) {
        return users().flatMap(u -> query(() -> ctx.database().transaction(c -> find(u, c, login))));
    }

    @Override
    public Caller createOrLink(String login, String displayName) {
        UserRows u = users().orElseThrow(() -> new IllegalStateException("The model has no user entity"));
        return byLogin(login).orElseGet(() -> query(() -> ctx.database().transaction(c -> {
            ObjectNode fields = ctx.json().createObjectNode().put(u.login.property(), login);
            u.resource.fields().keySet().stream().filter(p -> p.toLowerCase(java.util.Locale.ROOT).contains("name"))
                    .findFirst().ifPresent(p -> fields.put(p, displayName));
            Registration.insert(u, fields, java.util.UUID.randomUUID() + "-oauth-only", c, ctx);
            return find(u, c, login);
        })).orElseThrow());
    }

    private static Optional<Caller> find(UserRows u, java.sql.Connection c, String login) throws SQLException {
        Optional<String[]> found = u.credentials(c, login);
        return found.isEmpty() ? Optional.empty() : u.row(c, found.get()[0]).map(u::caller);
    }

    private static <T> Optional<T> query(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("user lookup failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        Optional<T> run() throws SQLException;
    }
}
