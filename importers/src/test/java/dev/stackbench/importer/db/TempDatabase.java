package dev.stackbench.importer.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/** A uniquely named database, dropped afterwards. */
record TempDatabase(String server, String admin, String name, String user, String password)
        implements AutoCloseable {
    static TempDatabase create(String server, String adminDb, String user, String password) throws Exception {
        String name = "sb_i17_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        TempDatabase db = new TempDatabase(server, adminDb, name, user, password);
        db.admin("CREATE DATABASE " + name);
        return db;
    }

    String url() {
        return server + name;
    }

    void run(String script) throws Exception {
        try (Connection c = DriverManager.getConnection(url(), user, password); Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                String body = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!body.isBlank()) {
                    s.execute(body);
                }
            }
        }
    }

    private void admin(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(server + admin, user, password);
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    public void close() throws Exception {
        admin("DROP DATABASE " + name);
    }
}
