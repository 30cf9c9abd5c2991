package dev.stackbench.importer.db;

import dev.stackbench.importer.ImportException;
import dev.stackbench.importer.ImportReport;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.model.Project;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A live PostgreSQL or MariaDB/MySQL database (a JDBC URL) to a project: read-only, through the JDBC metadata.
 * The notes name {@code table.column} for what the model cannot hold.
 */
public final class DatabaseImporter {
    private DatabaseImporter() {
    }

    public static ImportResult read(String url, String user, String password) throws ImportException {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:mariadb:")
                && !lower.startsWith("jdbc:mysql:")) {
            throw new ImportException(url, "", "not a PostgreSQL or MariaDB/MySQL JDBC URL (jdbc:postgresql://…, "
                    + "jdbc:mariadb://…)");
        }
        String jdbc = lower.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
        try (Connection connection = DriverManager.getConnection(jdbc, user, password)) {
            connection.setReadOnly(true);
            ImportReport report = new ImportReport(url);
            DbSchema schema = SchemaReader.read(connection);
            if (schema.tables().isEmpty()) {
                throw new ImportException(url, "", "the database has no tables");
            }
            String name = connection.getCatalog() == null ? "Imported database" : connection.getCatalog();
            Project project = SchemaMapper.map(schema, name, report);
            return new ImportResult(project, report.notes());
        } catch (SQLException e) {
            throw new ImportException(url, "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
