package dev.stackbench.server.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelJson;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The model a database was last migrated to, kept in the admin-only schema {@code SB_META}, so a file database
 * reopened with a changed model migrates from what it really holds.
 */
public final class StoredModel {
    private StoredModel() {
    }

    /** The plan of the stored model, or {@code null} for a new database. */
    public static RelationalPlan plan(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS \"SB_META\".\"MODEL\" (\"ID\" INT PRIMARY KEY, "
                    + "\"JSON\" CHARACTER LARGE OBJECT NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT \"JSON\" FROM \"SB_META\".\"MODEL\" WHERE \"ID\" = 1")) {
                return rs.next() ? PlanBuilder.build(ModelJson.read(rs.getString(1))) : null;
            }
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static void save(Connection admin, Project project) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(
                "MERGE INTO \"SB_META\".\"MODEL\" (\"ID\", \"JSON\") KEY (\"ID\") VALUES (1, ?)")) {
            ps.setString(1, ModelJson.write(project));
            ps.executeUpdate();
        }
    }
}
