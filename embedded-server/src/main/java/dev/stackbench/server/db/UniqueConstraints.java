package dev.stackbench.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.stackbench.server.db.Sql.q;

/** Adds or removes the single-column unique constraint of a column (its name is looked up, not guessed). */
final class UniqueConstraints {
    private UniqueConstraints() {
    }

    static void change(Statement st, Connection admin, String table, String column, boolean unique)
            throws SQLException {
        if (unique) {
            st.execute("ALTER TABLE " + q(table) + " ADD UNIQUE (" + q(column) + ")");
            return;
        }
        for (String name : namesOn(admin, table, column)) {
            st.execute("ALTER TABLE " + q(table) + " DROP CONSTRAINT " + q(name));
        }
    }

    private static List<String> namesOn(Connection admin, String table, String column) throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                + "AND k.TABLE_NAME = tc.TABLE_NAME WHERE tc.TABLE_SCHEMA = 'PUBLIC' AND tc.TABLE_NAME = ? "
                + "AND tc.CONSTRAINT_TYPE = 'UNIQUE' AND k.COLUMN_NAME = ?";
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
