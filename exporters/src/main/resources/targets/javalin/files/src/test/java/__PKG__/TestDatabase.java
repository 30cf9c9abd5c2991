package {{package}};

import {{package}}.config.Config;
import {{package}}.db.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.Map;
import java.util.UUID;

/** A migrated, empty in-memory database (H2 in {{h2ModeName}} mode) for service tests: no HTTP, no server. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static Config config(String databaseUrl) {
        return Config.fromEnvironment(Map.of("DATABASE_URL", databaseUrl,
                "JWT_SECRET", "test-secret-with-at-least-thirty-two-bytes-of-text"));
    }

    public static Database fresh() {
        Database database = Database.connect(config("jdbc:h2:mem:" + UUID.randomUUID()
                + ";{{h2Settings}};DB_CLOSE_DELAY=-1"),
                new SimpleMeterRegistry());
        database.migrate();
        return database;
    }
}
