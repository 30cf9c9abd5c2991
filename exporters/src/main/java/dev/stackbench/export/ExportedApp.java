package dev.stackbench.export;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;

import java.util.ArrayList;
import java.util.List;

/**
 * What every writer of an export must agree on about the exported application: its Maven coordinates and Java
 * package, its database, the port it listens on, the runnable jar, the environment keys it reads and the metric names it
 * exposes. Dockerfile, Kubernetes manifests, alert rules, dashboards and the project itself all read it here.
 */
public record ExportedApp(String groupId, String artifactId, String javaPackage, String version, String title,
                          ExportedDatabase database, List<EnvKey> environment) {

    public static final int PORT = 8080;
    /** The jar {@code mvn package} leaves, relative to the exported project's root. */
    public static final String JAR = "target/app.jar";
    /** The unprivileged user and group the container runs as (Dockerfile and Kubernetes securityContext agree). */
    public static final int UID = 10001;
    public static final String HEALTH_PATH = "/health";
    public static final String READY_PATH = "/ready";
    public static final String METRICS_PATH = "/metrics";

    /** Micrometer's Prometheus names of the HTTP timer (a histogram: {@code _bucket}, {@code _count}, ...). */
    public static final String HTTP_METRIC = "http_server_requests_seconds";
    public static final String RATE_LIMITED_METRIC = "rate_limit_rejections_total";
    public static final String POOL_ACTIVE_METRIC = "hikaricp_connections_active";
    public static final String POOL_MAX_METRIC = "hikaricp_connections_max";
    public static final String POOL_PENDING_METRIC = "hikaricp_connections_pending";

    /** One environment variable the app reads; {@code secret} ones go to a Kubernetes Secret, never a ConfigMap. */
    public record EnvKey(String name, String description, String example, boolean required, boolean secret) {
    }

    public static ExportedApp of(Project project) {
        String pkg = project.meta().packageName();
        String artifactId = project.export().artifactId() == null || project.export().artifactId().isBlank()
                ? pkg.substring(pkg.lastIndexOf('.') + 1) : project.export().artifactId();
        return new ExportedApp(project.export().groupId(), artifactId, project.meta().packageName(),
                project.meta().version(), project.meta().name(), ExportedDatabase.of(project.stack().database()),
                environment(project, artifactId));
    }

    /** Whether the app issues its own JWTs (JWT strategy, or OAuth that signs users in with JWTs). */
    public static boolean usesJwt(Project project) {
        AuthStrategy s = project.auth().strategy() == AuthStrategy.OAUTH ? project.auth().oauth().issueAs()
                : project.auth().strategy();
        return project.auth().enabled() && s == AuthStrategy.JWT;
    }

    private static List<EnvKey> environment(Project project, String artifactId) {
        String db = Naming.snake(project.meta().name());
        ExportedDatabase database = ExportedDatabase.of(project.stack().database());
        List<EnvKey> keys = new ArrayList<>(List.of(
                new EnvKey("PORT", "HTTP port", String.valueOf(PORT), false, false),
                new EnvKey("HOST", "Address to bind (0.0.0.0 in a container)", "0.0.0.0", false, false),
                new EnvKey("DATABASE_URL", "JDBC URL of " + database.name(), database.url("localhost", db), true,
                        false),
                new EnvKey("DATABASE_USER", "Database user", "app", true, false),
                new EnvKey("DATABASE_PASSWORD", "Database password", "change-me", true, true),
                new EnvKey("DATABASE_POOL_SIZE", "Maximum connections in the pool", "10", false, false),
                new EnvKey("REDIS_URL", "Redis for sessions, rate limits and realtime fan-out across instances "
                        + "(unset: in-memory, one instance only)", "redis://localhost:6379", false, false),
                new EnvKey("CORS_ORIGINS", "Comma-separated origins allowed to call the API",
                        String.join(",", project.production().corsOrigins()), false, false),
                new EnvKey("ALLOWED_HOSTS", "Comma-separated Host header values accepted (empty: any); requests "
                        + "for other hosts get 421", "", false, false),
                new EnvKey("HTTPS_ONLY", "Send HSTS and mark cookies Secure; keep true behind HTTPS",
                        String.valueOf(project.production().httpsOnly()), false, false),
                new EnvKey("RATE_LIMITS_ENABLED", "Rate limiting on; keep true in production (the tests turn it "
                        + "off except where they test it)", "true", false, false),
                new EnvKey("LOG_LEVEL", "Root log level", "INFO", false, false)));
        AuthStrategy strategy = project.auth().strategy();
        if (strategy == AuthStrategy.JWT || strategy == AuthStrategy.OAUTH
                && project.auth().oauth().issueAs() == AuthStrategy.JWT) {
            keys.add(new EnvKey("JWT_SECRET", "HMAC secret for access tokens, at least 32 random bytes "
                    + "(openssl rand -base64 48)", "", true, true));
        }
        if (strategy == AuthStrategy.OAUTH) {
            keys.add(new EnvKey("OAUTH_CLIENT_ID", "Client id registered with the provider",
                    project.auth().oauth().clientId(), true, false));
            keys.add(new EnvKey("OAUTH_CLIENT_SECRET", "Client secret (leave empty for a public PKCE client)", "",
                    false, true));
            keys.add(new EnvKey("OAUTH_AUTHORIZE_URL", "Provider authorization endpoint",
                    orExample(project.auth().oauth().authorizeUrl(), "https://provider.example/authorize"), true, false));
            keys.add(new EnvKey("OAUTH_TOKEN_URL", "Provider token endpoint",
                    orExample(project.auth().oauth().tokenUrl(), "https://provider.example/token"), true, false));
            keys.add(new EnvKey("OAUTH_USERINFO_URL", "Provider user-info endpoint",
                    orExample(project.auth().oauth().userInfoUrl(), "https://provider.example/userinfo"), true, false));
            keys.add(new EnvKey("OAUTH_REDIRECT_URI", "This app's callback URL registered with the provider",
                    "http://localhost:" + PORT + "/api/auth/oauth/callback", true, false));
        }
        if (project.channels().stream().anyMatch(c -> c.transport() == Transport.SSE && c.authRequired())) {
            keys.add(new EnvKey("STREAM_TICKET_SECONDS", "Lifetime of single-use SSE tickets", "30", false, false));
        }
        return List.copyOf(keys);
    }

    private static String orExample(String value, String example) {
        return value == null || value.isBlank() ? example : value;
    }
}
