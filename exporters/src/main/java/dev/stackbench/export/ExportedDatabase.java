package dev.stackbench.export;

import dev.stackbench.model.StackChoices.DatabaseKind;

/**
 * The database an exported project runs on, as its templates name it: README, configuration example, compose
 * file, CI and the H2 mode its tests use. One place, so the code, the docs and the deployment files agree.
 *
 * @param name       for people ("PostgreSQL", "MySQL / MariaDB")
 * @param mysql      MySQL 8 / MariaDB 10.11+ (the MariaDB JDBC driver, which speaks to both)
 * @param urlScheme  the JDBC URL's start, up to the host
 * @param port       the server's usual port
 * @param h2ModeName the H2 compatibility mode the exported tests use
 * @param h2Settings the H2 URL settings of that mode (identifier case and NULL ordering as on the real database)
 */
public record ExportedDatabase(String name, boolean mysql, String urlScheme, int port, String h2ModeName,
                               String h2Settings) {

    public static ExportedDatabase of(DatabaseKind kind) {
        if (kind == DatabaseKind.MYSQL) {
            return new ExportedDatabase("MySQL / MariaDB", true, "jdbc:mariadb://", 3306, "MariaDB",
                    "MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        return new ExportedDatabase("PostgreSQL", false, "jdbc:postgresql://", 5432, "PostgreSQL",
                "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    public String url(String host, String database) {
        return urlScheme + host + ":" + port + "/" + database;
    }
}
