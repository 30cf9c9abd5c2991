package {{package}};

import {{package}}.auth.PasswordHasher;
import {{package}}.config.Config;
import {{package}}.db.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The service under test on a free port: an in-memory H2 database in {{h2ModeName}} mode by default, or the real
 * database named by {@code DATABASE_URL} (and {@code REDIS_URL}) when set; rate limits off unless asked for.
 * Seed users (one per role, passwords from scenarios.json) are inserted directly, as an operator would.
 */
final class TestService implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final Application app;
    final Config config;
    final JsonNode suite;
    private final FakeOAuthProvider provider;

    private TestService(Application app, Config config, JsonNode suite, FakeOAuthProvider provider) {
        this.app = app;
        this.config = config;
        this.suite = suite;
        this.provider = provider;
    }

    static TestService start(boolean rateLimits) throws IOException, SQLException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("DATABASE_URL", "jdbc:h2:mem:" + UUID.randomUUID()
                + ";{{h2Settings}};DB_CLOSE_DELAY=-1");
        JsonNode suite;
        try (InputStream in = TestService.class.getResourceAsStream("/scenarios.json")) {
            suite = JSON.readTree(in);
        }
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        env.put("PORT", Integer.toString(port));
        FakeOAuthProvider provider = null;
        if (suite.path("loginFlow").asText().equals("oauth")) {
            provider = new FakeOAuthProvider();
            env.put("OAUTH_CLIENT_ID", "test-client");
            env.put("OAUTH_AUTHORIZE_URL", provider.url("/authorize"));
            env.put("OAUTH_TOKEN_URL", provider.url("/token"));
            env.put("OAUTH_USERINFO_URL", provider.url("/userinfo"));
            env.put("OAUTH_REDIRECT_URI", "http://127.0.0.1:" + port + "/api/auth/oauth/callback");
        }
        env.put("HOST", "127.0.0.1");
        env.put("RATE_LIMITS_ENABLED", Boolean.toString(rateLimits));
        env.putIfAbsent("JWT_SECRET", "test-secret-with-at-least-thirty-two-bytes-of-text");
        Config config = Config.fromEnvironment(env);
        Application app = Wiring.start(config);
        TestService service = new TestService(app, config, suite, provider);
        service.seedUsers();
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** One user per role with its public seed password (skipped when it exists: a shared database). */
    private void seedUsers() throws SQLException {
        JsonNode users = suite.path("seedTable");
        if (!users.isTextual()) {
            return;
        }
        PasswordHasher hasher = new PasswordHasher();
        try (Connection c = DriverManager.getConnection(config.databaseUrl(), config.databaseUser(),
                config.databasePassword())) {
            for (JsonNode account : suite.get("accounts")) {
                Map<String, Object> values = new java.util.LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> columns = account.get("columns").fields();
                while (columns.hasNext()) {
                    Map.Entry<String, JsonNode> e = columns.next();
                    values.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().numberValue());
                }
                if (suite.path("passwordColumn").isTextual()) {
                    values.put(suite.get("passwordColumn").asText(), hasher.hash(account.get("password").asText()));
                }
                suite.get("timestampColumns").forEach(t -> values.put(t.asText(), OffsetDateTime.now(ZoneOffset.UTC)));
                String sql = "INSERT INTO " + Sql.q(users.asText()) + " (" + String.join(", ", values.keySet().stream()
                        .map(Sql::q).toList()) + ") VALUES (" + String.join(", ", values.keySet()
                        .stream().map(k -> "?").toList()) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 0;
                    for (Object v : values.values()) {
                        ps.setObject(++i, v);
                    }
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (!Sql.uniqueViolation(e)) {
                        throw e;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        app.stop();
        if (provider != null) {
            provider.close();
        }
    }
}
