package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.plan.ForeignKey;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;
import dev.stackbench.server.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.stackbench.server.db.Sql.q;

/**
 * All SQL of the REST layer: parameterised statements whose identifiers come from the model's plan (quoted),
 * never from a request. Values are bound; sort keys and filters name plan columns chosen by the caller.
 */
final class Repository {
    private final RelationalPlan plan;
    private final ObjectMapper json;

    Repository(RelationalPlan plan, ObjectMapper json) {
        this.plan = plan;
        this.json = json;
    }

    /** An equality filter on a column. */
    record Condition(String column, Object value) {
    }

    /** An ORDER BY key. */
    record SortKey(String column, boolean descending) {
    }

    record Page(List<ObjectNode> rows, long total) {
    }

    Optional<ObjectNode> find(Connection c, Resource r, Object id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(r.selectFrom() + " WHERE \"id\" = ?")) {
            ps.setObject(1, id);
            return read(c, r, ps).stream().findFirst();
        }
    }

    Page list(Connection c, Resource r, List<Condition> where, List<SortKey> sort, int limit, long offset)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + q(r.table().name()) + where(where))) {
            bind(ps, where, 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long total = rs.getLong(1);
                return new Page(total == 0 ? List.of() : select(c, r, where, sort, limit, offset), total);
            }
        }
    }

    private List<ObjectNode> select(Connection c, Resource r, List<Condition> where, List<SortKey> sort, int limit,
                                    long offset) throws SQLException {
        StringBuilder sql = new StringBuilder(r.selectFrom()).append(where(where)).append(" ORDER BY ");
        for (SortKey k : sort) {
            sql.append(q(k.column())).append(k.descending() ? " DESC, " : " ASC, ");
        }
        sql.append("\"id\" ASC LIMIT ? OFFSET ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int n = bind(ps, where, 0);
            ps.setInt(n + 1, limit);
            ps.setLong(n + 2, offset);
            return read(c, r, ps);
        }
    }

    /** Runs a select of {@link Resource#selectFrom()} (the id first, as in every table of the plan) and reads its
     *  rows with their link ids. */
    private List<ObjectNode> read(Connection c, Resource r, PreparedStatement ps) throws SQLException {
        Map<Object, ObjectNode> rows = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getObject(1), RowReader.read(rs, r, json));
            }
        }
        addLinks(c, r, rows);
        return new ArrayList<>(rows.values());
    }

    /** Fills each row's link-id arrays (sorted), with one query per link for the whole page. */
    private void addLinks(Connection c, Resource r, Map<Object, ObjectNode> rows) throws SQLException {
        if (r.links().isEmpty() || rows.isEmpty()) {
            return;
        }
        String in = rows.size() == 1 ? " = ?" : " IN (" + "?, ".repeat(rows.size() - 1) + "?)";
        for (Link link : r.links()) {
            String sql = "SELECT " + q(link.selfColumn()) + ", " + q(link.otherColumn()) + " FROM "
                    + q(link.joinTable()) + " WHERE " + q(link.selfColumn()) + in + " ORDER BY "
                    + q(link.otherColumn());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                for (Object id : rows.keySet()) {
                    ps.setObject(++i, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RowReader.addLink(rows.get(rs.getObject(1)), link, rs.getObject(2));
                    }
                }
            }
        }
    }

    private static String where(List<Condition> where) {
        if (where.isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" WHERE ");
        for (Condition w : where) {
            if (sql.length() > 7) {
                sql.append(" AND ");
            }
            sql.append(q(w.column())).append(w.value() == null ? " IS NULL" : " = ?");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement ps, List<Condition> where, int start) throws SQLException {
        int n = start;
        for (Condition w : where) {
            if (w.value() != null) {
                ps.setObject(++n, w.value());
            }
        }
        return n;
    }

    Object insert(Connection c, Resource r, Map<String, Object> values) throws SQLException {
        List<String> cols = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + q(r.table().name()) + " (" + cols.stream().map(Sql::q)
                .collect(Collectors.joining(", ")) + ") VALUES (" + cols.stream().map(x -> "?")
                .collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setObject(i + 1, values.get(cols.get(i)));
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getObject(1);
            }
        }
    }

    void update(Connection c, Resource r, Object id, Map<String, Object> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>(values.keySet());
        String sql = "UPDATE " + q(r.table().name()) + " SET " + cols.stream().map(col -> q(col) + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE \"id\" = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setObject(i + 1, values.get(cols.get(i)));
            }
            ps.setObject(cols.size() + 1, id);
            ps.executeUpdate();
        }
    }

    void delete(Connection c, Resource r, Object id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + q(r.table().name()) + " WHERE \"id\" = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }

    void replaceLinks(Connection c, Link link, Object id, List<Object> others) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM " + q(link.joinTable()) + " WHERE "
                + q(link.selfColumn()) + " = ?")) {
            del.setObject(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + q(link.joinTable()) + " ("
                + q(link.selfColumn()) + ", " + q(link.otherColumn()) + ") VALUES (?, ?)")) {
            for (Object other : others.stream().distinct().toList()) {
                ins.setObject(1, id);
                ins.setObject(2, other);
                ins.executeUpdate();
            }
        }
    }

    boolean exists(Connection c, String table, Object id) throws SQLException {
        return any(c, "SELECT 1 FROM " + q(table) + " WHERE \"id\" = ? LIMIT 1", id, null);
    }

    /** True when another row (not {@code exceptId}) already holds {@code value} in {@code column}. */
    boolean taken(Connection c, String table, String column, Object value, Object exceptId) throws SQLException {
        String sql = "SELECT 1 FROM " + q(table) + " WHERE " + q(column) + " = ?"
                + (exceptId == null ? "" : " AND \"id\" <> ?") + " LIMIT 1";
        return any(c, sql, value, exceptId);
    }

    /** The first table with a restricting foreign key that still points at the row, if any. */
    Optional<String> referencedBy(Connection c, String table, Object id) throws SQLException {
        for (Table t : plan.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean restricts = fk.onDelete() == OnDelete.RESTRICT || fk.onDelete() == OnDelete.UNSET;
                if (restricts && fk.referencedTable().equals(table) && any(c, "SELECT 1 FROM " + q(t.name())
                        + " WHERE " + q(fk.column()) + " = ? LIMIT 1", id, null)) {
                    return Optional.of(t.name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean any(Connection c, String sql, Object first, Object second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            if (second != null) {
                ps.setObject(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The value of {@code column} for a row (e.g. its owner), or empty when the row is gone. */
    Optional<Object> columnValue(Connection c, String table, String column, Object id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + q(column) + " FROM " + q(table)
                + " WHERE \"id\" = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
            }
        }
    }
}
