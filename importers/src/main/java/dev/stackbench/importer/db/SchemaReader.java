package dev.stackbench.importer.db;

import dev.stackbench.importer.db.DbSchema.DbColumn;
import dev.stackbench.importer.db.DbSchema.DbForeignKey;
import dev.stackbench.importer.db.DbSchema.DbIndex;
import dev.stackbench.importer.db.DbSchema.DbTable;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads tables, columns, keys, indexes and check constraints through {@link DatabaseMetaData} (the same calls on
 * PostgreSQL and MariaDB); check constraints, which JDBC does not expose, come from {@code pg_constraint} on
 * PostgreSQL and {@code information_schema.CHECK_CONSTRAINTS} on MariaDB.
 */
final class SchemaReader {
    private SchemaReader() {
    }

    static DbSchema read(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        boolean postgres = md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String catalog = postgres ? null : connection.getCatalog();
        String schema = postgres ? connection.getSchema() : null;
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> checks = checks(connection, postgres, postgres ? schema : catalog);
        List<DbTable> tables = new ArrayList<>();
        for (String table : names) {
            tables.add(new DbTable(table, columns(md, catalog, schema, table), primaryKey(md, catalog, schema, table),
                    foreignKeys(md, catalog, schema, table), indexes(md, catalog, schema, table),
                    checks.getOrDefault(table, List.of())));
        }
        return new DbSchema(tables);
    }

    private static List<DbColumn> columns(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        List<DbColumn> out = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                out.add(new DbColumn(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        "YES".equals(rs.getString("IS_NULLABLE")), rs.getString("COLUMN_DEF")));
            }
        }
        return out;
    }

    private static List<String> primaryKey(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, String> ordered = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                ordered.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(ordered.values());
    }

    private static List<DbForeignKey> foreignKeys(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        List<DbForeignKey> out = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                out.add(new DbForeignKey(rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                        rs.getString("PKCOLUMN_NAME"), rs.getInt("DELETE_RULE")));
            }
        }
        return out;
    }

    private static List<DbIndex> indexes(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<DbIndex> out = new ArrayList<>();
        columns.forEach((name, cols) -> out.add(new DbIndex(name, List.copyOf(cols.values()), unique.get(name))));
        return out;
    }

    /** Table → its check clauses (PostgreSQL: the catalog, whose information_schema does not name the table). */
    private static Map<String, List<String>> checks(Connection connection, boolean postgres, String schema)
            throws SQLException {
        String sql = postgres
                ? "SELECT t.relname, regexp_replace(pg_get_constraintdef(c.oid), '^CHECK ', '') FROM pg_constraint c "
                + "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE c.contype = 'c' AND n.nspname = ?"
                : "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }
}
