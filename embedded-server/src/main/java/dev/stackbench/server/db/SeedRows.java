package dev.stackbench.server.db;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;
import dev.stackbench.server.auth.SeedUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.stackbench.server.db.Sql.q;

/** Row-level helpers of the seeder: build a sample row, insert it, read ids, link many-to-many rows. */
final class SeedRows {
    private SeedRows() {
    }

    static Map<String, Object> sampleRow(Entity entity, Table table, int i, Map<String, Object> refs) {
        Map<String, Object> row = new LinkedHashMap<>();
        OffsetDateTime created = OffsetDateTime.of(2024, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusHours(i * 5L);
        for (Column c : table.columns()) {
            switch (c.role()) {
                case FIELD -> entity.field(c.elementId()).ifPresent(f -> row.put(c.name(), f.sensitive()
                        ? "!unusable-" + java.util.UUID.randomUUID() : SampleValues.value(f, i)));
                case FOREIGN_KEY -> row.put(c.name(), refs.get(c.name()));
                case CREATED_AT -> row.put(c.name(), created);
                case UPDATED_AT -> row.put(c.name(), created.plusMinutes(30));
                case ID -> { }
            }
        }
        return row;
    }

    /** Extra users beyond the seed accounts get the default role. */
    static void plainUser(Project project, Entity user, Table table, Map<String, Object> row) {
        String role = project.auth().defaultRole();
        user.field(project.auth().roleFieldId()).filter(f -> role != null).ifPresent(f -> table.columns().stream()
                .filter(c -> c.elementId().equals(f.id())).findFirst().ifPresent(c -> row.put(c.name(), role)));
    }

    static Object insert(Connection c, Table table, Map<String, Object> values) throws SQLException {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + q(table.name()) + " (" + columns.stream().map(Sql::q)
                .collect(Collectors.joining(", ")) + ") VALUES (" + columns.stream().map(x -> "?")
                .collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setObject(i + 1, values.get(columns.get(i)));
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getObject(1) : null;
            }
        }
    }

    static List<Object> ids(Connection c, Table table) throws SQLException {
        List<Object> ids = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"id\" FROM " + q(table.name()) + " ORDER BY \"id\"")) {
            while (rs.next()) {
                ids.add(rs.getObject(1));
            }
        }
        return ids;
    }

    /** Links each source row to two target rows (distinct, so the primary key holds). */
    static void link(Connection c, Table join, Map<String, List<Object>> ids) throws SQLException {
        List<Object> sources = ids.getOrDefault(join.foreignKeys().get(0).referencedTable(), List.of());
        List<Object> targets = ids.getOrDefault(join.foreignKeys().get(1).referencedTable(), List.of());
        if (targets.isEmpty()) {
            return;
        }
        String sql = "MERGE INTO " + q(join.name()) + " (" + q(join.columns().get(0).name()) + ", "
                + q(join.columns().get(1).name()) + ") KEY (" + q(join.columns().get(0).name()) + ", "
                + q(join.columns().get(1).name()) + ") VALUES (?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < sources.size(); i++) {
                for (int k = 0; k < Math.min(2, targets.size()); k++) {
                    ps.setObject(1, sources.get(i));
                    ps.setObject(2, targets.get((i + k) % targets.size()));
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Seed users of an existing database, found by login. */
    static List<SeedUser> findUsers(Connection c, Project project, RelationalPlan plan, List<SeedUser> accounts)
            throws SQLException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Table table = plan.tableOfEntity(project.auth().userEntityId()).orElseThrow();
        String login = table.columns().stream().filter(col -> col.elementId().equals(project.auth().loginFieldId()))
                .map(Column::name).findFirst().orElseThrow();
        List<SeedUser> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\" FROM " + q(table.name()) + " WHERE "
                + q(login) + " = ?")) {
            for (SeedUser account : accounts) {
                ps.setString(1, account.login());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.add(new SeedUser(rs.getString(1), account.login(), account.password(), account.role()));
                    }
                }
            }
        }
        return found;
    }
}
