package {{package}}.db;

import {{package}}.config.Config;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The connection pool (HikariCP, with its metrics) and the schema migrations (Flyway). {{databaseName}} is the
 * source of truth; the tests run the same migrations on H2 in {{h2ModeName}} mode.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and checks the database answers; a clear {@link DatabaseException} otherwise. */
    public static Database connect(Config config, MeterRegistry registry) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.databaseUrl());
        hikari.setUsername(config.databaseUser());
        hikari.setPassword(config.databasePassword());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setPoolName("db");
        hikari.setConnectionTimeout(5_000);
        hikari.setInitializationFailTimeout(5_000);
        hikari.setMetricRegistry(registry);
{{#mysql}}
        if (config.databaseUrl().startsWith("jdbc:mariadb:")) {
            // DATETIME columns hold UTC: the driver converts every timestamp to and from UTC, whatever the server's
            // or the JVM's zone.
            hikari.addDataSourceProperty("connectionTimeZone", "UTC");
        }
{{/mysql}}
        try {
            return new Database(new HikariDataSource(hikari));
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot reach the database at " + redacted(config.databaseUrl()) + ": "
                    + rootMessage(e), e);
        }
    }

    /** Applies the migrations in {@code db/migration}; an applied migration is never rewritten. */
    public void migrate() {
        boolean postgres = pool.getJdbcUrl().startsWith("jdbc:postgresql:");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .placeholders(Map.of("json_type", postgres ? "jsonb" : "json")).load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("Database migration failed: " + rootMessage(e), e);
        }
    }

    public <T> T read(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.setReadOnly(false);
            }
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Readiness: the database answers a trivial query within a second. */
    public boolean ready() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Code that uses one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A JDBC URL without credentials that some drivers accept inline. */
    private static String redacted(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
    }
}
