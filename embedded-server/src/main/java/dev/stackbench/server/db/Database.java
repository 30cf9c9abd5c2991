package dev.stackbench.server.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The H2 database of one live server. An admin connection owns the schema (DDL, migrations) and creates a
 * non-admin user {@code APP} with data rights only; every request runs as {@code APP} from a small pool, so an
 * SQL injection could never reach {@code CREATE ALIAS} (Java code execution). A read/write lock lets a hot
 * reload migrate the schema while no request is running. No console and no TCP server are ever started.
 */
public final class Database implements AutoCloseable {
    private static final int POOL_SIZE = 8;
    private final String url;
    private final Connection admin;
    private final String appPassword;
    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private int created;

    private Database(String url, Connection admin, String appPassword) {
        this.url = url;
        this.admin = admin;
        this.appPassword = appPassword;
    }

    /** Opens an in-memory database ({@code file} null) or the file database at {@code file}. */
    public static Database open(Path file) throws SQLException {
        String url = file == null ? "jdbc:h2:mem:sb" + HexFormat.of().formatHex(random(8)) + ";DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + file.toAbsolutePath();
        String adminPassword = file == null ? HexFormat.of().formatHex(random(24)) : filePassword(file);
        Connection admin = DriverManager.getConnection(url, "SB_ADMIN", adminPassword);
        String appPassword = HexFormat.of().formatHex(random(24));
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS \"SB_META\"");
            st.execute("CREATE USER IF NOT EXISTS \"APP\" PASSWORD '" + appPassword + "'");
            st.execute("ALTER USER \"APP\" SET PASSWORD '" + appPassword + "'");
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA \"PUBLIC\" TO \"APP\"");
        }
        return new Database(url, admin, appPassword);
    }

    /** A file database's admin password lives beside it (owner-only), created on first use. */
    private static String filePassword(Path file) {
        try {
            Path secret = file.resolveSibling(file.getFileName() + ".secret");
            if (!Files.exists(secret)) {
                Files.createDirectories(secret.toAbsolutePath().getParent());
                Files.writeString(secret, HexFormat.of().formatHex(random(24)));
                secret.toFile().setReadable(false, false);
                secret.toFile().setReadable(true, true);
            }
            return Files.readString(secret).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Runs {@code work} as the non-admin user in one transaction; rolled back if it throws. */
    public <T> T transaction(SqlWork<T> work) throws SQLException {
        lock.readLock().lock();
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
            pool.offer(c);
            lock.readLock().unlock();
        }
    }

    /** Runs read-only {@code work} as the non-admin user in auto-commit mode (no transaction round trips). */
    public <T> T read(SqlWork<T> work) throws SQLException {
        lock.readLock().lock();
        Connection c = borrow();
        try {
            return work.run(c);
        } finally {
            pool.offer(c);
            lock.readLock().unlock();
        }
    }

    /** Runs {@code work} on the admin connection while no request is running (schema changes, seeding). */
    public <T> T exclusive(SqlWork<T> work) throws SQLException {
        lock.writeLock().lock();
        try {
            admin.setAutoCommit(false);
            T result = work.run(admin);
            admin.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            admin.rollback();
            throw e;
        } finally {
            admin.setAutoCommit(true);
            lock.writeLock().unlock();
        }
    }

    private Connection borrow() throws SQLException {
        Connection c = pool.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (created < POOL_SIZE) {
                created++;
                return DriverManager.getConnection(url.split(";", 2)[0], "APP", appPassword);
            }
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
    }

    /** True when the database answers a trivial query. */
    public boolean ping() {
        try {
            return read(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeQuery("SELECT 1").next();
                }
            });
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        Connection c;
        while ((c = pool.poll()) != null) {
            c.close();
        }
        try (Statement st = admin.createStatement()) {
            st.execute(url.contains(":mem:") ? "SHUTDOWN" : "CHECKPOINT");
        } finally {
            admin.close();
        }
    }

    /** Work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
