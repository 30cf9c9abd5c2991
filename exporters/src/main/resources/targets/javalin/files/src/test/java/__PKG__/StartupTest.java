package {{package}};

import {{package}}.config.Config;
import {{package}}.config.ConfigException;
import {{package}}.db.DatabaseException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service refuses to start half-configured: every problem names what to fix. */
class StartupTest {
    @Test
    void a_missing_database_url_is_named() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.fromEnvironment(Map.of()));
        assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
    }

    @Test
    void a_malformed_number_is_named_with_its_value() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:h2:mem:x", "PORT", "eighty", "JWT_SECRET",
                "test-secret-with-at-least-thirty-two-bytes-of-text")));
        assertTrue(e.getMessage().contains("PORT") && e.getMessage().contains("eighty"), e.getMessage());
    }

    @Test
    void an_unreachable_database_stops_the_start_with_a_clear_message() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Wiring.start(TestDatabase.config(
                "jdbc:h2:./target/no-such-folder/none;IFEXISTS=TRUE")));
        assertTrue(e.getMessage().startsWith("Cannot reach the database"), e.getMessage());
    }
}
