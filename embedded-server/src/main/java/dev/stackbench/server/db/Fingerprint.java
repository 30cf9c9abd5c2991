package dev.stackbench.server.db;

import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.stackbench.server.db.Sql.q;

/** Per table: {@code rows:sha256} over all column values in key order. */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static Map<String, String> of(Connection c, RelationalPlan plan) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table t : plan.tables()) {
            String order = t.primaryKey().stream().map(Sql::q).collect(Collectors.joining(", "));
            MessageDigest digest = sha256();
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + q(t.name()) + " ORDER BY " + order)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns; i++) {
                        digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    }
                }
            }
            out.put(t.name(), rows + ":" + HexFormat.of().formatHex(digest.digest()));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
