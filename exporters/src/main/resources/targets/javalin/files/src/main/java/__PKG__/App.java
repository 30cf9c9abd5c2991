package {{package}};

import {{package}}.config.Config;
import {{package}}.config.ConfigException;
import {{package}}.db.DatabaseException;

/**
 * Starts the service: configuration from the environment (fail fast), database and migrations, then HTTP.
 * SIGTERM stops it gracefully: in-flight requests finish, then the pool closes.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        try {
            Application app = Wiring.start(Config.fromEnvironment(System.getenv()));
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
        } catch (DatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
