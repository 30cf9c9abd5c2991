package dev.stackbench.server.db;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.ForeignKey;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SchemaChange;
import dev.stackbench.model.plan.Table;
import dev.stackbench.server.auth.SeedUser;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seed data: one user per role with a known password (shown in the UI and CLI, hashed in the table), then
 * {@value #ROWS} realistic rows per entity table in dependency order (foreign keys point at existing rows,
 * owners are seed users) and a few links per many-to-many.
 */
public final class Seeder {
    static final int ROWS = 8;

    private Seeder() {
    }

    /** Seeds a fresh database, or only finds the seed users of one seeded before ({@code fresh} false). */
    public static List<SeedUser> seed(Connection admin, Project project, RelationalPlan plan,
                                      SeedPasswords passwords, boolean fresh) throws SQLException {
        List<SeedUser> users = fresh ? seedUsers(admin, project, plan, passwords) : SeedRows.findUsers(admin, project,
                plan, seedAccounts(project));
        if (fresh) {
            seedTables(admin, project, plan, plan.tables().stream().map(Table::name).collect(Collectors.toSet()));
        }
        return users;
    }

    /** After a reload: seeds the entity tables (and their link tables) that the migration created. */
    public static void seedNewTables(Connection admin, Project project, RelationalPlan plan,
                                     List<SchemaChange> applied) throws SQLException {
        Set<String> created = applied.stream().filter(c -> c instanceof SchemaChange.CreateTable)
                .map(c -> ((SchemaChange.CreateTable) c).table().name()).collect(Collectors.toSet());
        if (!created.isEmpty()) {
            seedTables(admin, project, plan, created);
        }
    }

    /** The seed accounts of a project: login and password per role (the password is deterministic and public). */
    static List<SeedUser> seedAccounts(Project project) {
        AuthConfig auth = project.auth();
        if (!auth.enabled() || project.userEntity().isEmpty()) {
            return List.of();
        }
        List<String> roles = auth.roles().isEmpty() ? List.of(auth.defaultRole() == null ? "user"
                : auth.defaultRole()) : auth.roles().stream().map(Role::name).toList();
        boolean emailLogin = project.userEntity().get().field(auth.loginFieldId())
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT).contains("mail")).orElse(true);
        boolean passwords = auth.passwordFieldId() != null;
        return roles.stream().map(role -> new SeedUser(null, emailLogin ? role + "@example.com" : role,
                passwords ? role + "-password" : null, role)).toList();
    }

    private static List<SeedUser> seedUsers(Connection admin, Project project, RelationalPlan plan,
                                            SeedPasswords passwords) throws SQLException {
        List<SeedUser> accounts = seedAccounts(project);
        if (accounts.isEmpty()) {
            return List.of();
        }
        Entity user = project.userEntity().orElseThrow();
        Table table = plan.tableOfEntity(user.id()).orElseThrow();
        List<SeedUser> created = new ArrayList<>();
        int i = 0;
        for (SeedUser account : accounts) {
            Map<String, Object> values = SeedRows.sampleRow(user, table, i++, Map.of());
            AuthConfig auth = project.auth();
            user.field(auth.loginFieldId()).ifPresent(f -> values.put(column(table, f), account.login()));
            if (account.password() != null) {
                user.field(auth.passwordFieldId()).ifPresent(f -> values.put(column(table, f),
                        passwords.hashOf(account.password())));
            }
            user.field(auth.roleFieldId()).ifPresent(f -> values.put(column(table, f), account.role()));
            Object id = SeedRows.insert(admin, table, values);
            created.add(new SeedUser(String.valueOf(id), account.login(), account.password(), account.role()));
        }
        return created;
    }

    private static String column(Table table, Field field) {
        return table.columns().stream().filter(c -> c.elementId().equals(field.id())).map(Column::name)
                .findFirst().orElseThrow();
    }

    private static void seedTables(Connection admin, Project project, RelationalPlan plan, Set<String> which)
            throws SQLException {
        Map<String, List<Object>> ids = new HashMap<>();
        for (Table table : plan.tables()) {
            ids.put(table.name(), table.isJoinTable() ? List.of() : SeedRows.ids(admin, table));
        }
        for (Table table : plan.tables()) {
            if (!which.contains(table.name())) {
                continue;
            }
            if (table.isJoinTable()) {
                SeedRows.link(admin, table, ids);
                continue;
            }
            Entity entity = project.entity(table.entityId()).orElseThrow();
            boolean isUsers = project.userEntity().map(u -> u.id().equals(entity.id())).orElse(false);
            List<Object> made = new ArrayList<>(ids.get(table.name()));
            for (int i = made.size(); i < ROWS; i++) {
                Map<String, Object> refs = references(table, ids, i);
                Map<String, Object> row = SeedRows.sampleRow(entity, table, i, refs);
                if (isUsers) {
                    SeedRows.plainUser(project, entity, table, row);
                }
                made.add(SeedRows.insert(admin, table, row));
            }
            ids.put(table.name(), made);
        }
    }

    private static Map<String, Object> references(Table table, Map<String, List<Object>> ids, int i) {
        Map<String, Object> refs = new HashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            List<Object> candidates = ids.getOrDefault(fk.referencedTable(), List.of());
            if (!candidates.isEmpty()) {
                refs.put(fk.column(), candidates.get((i * 3 + 1) % candidates.size()));
            }
        }
        return refs;
    }
}
