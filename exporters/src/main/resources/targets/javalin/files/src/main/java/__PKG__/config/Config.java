package {{package}}.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configuration from environment variables, validated at start-up: a missing or malformed value stops the app
 * with a message naming the variable (fail fast), never a half-configured server. Defaults come from the model.
 */
public record Config(String host, int port, String databaseUrl, String databaseUser, String databasePassword,
                     int poolSize, String redisUrl, List<String> corsOrigins, Set<String> allowedHosts,
                     boolean httpsOnly, boolean rateLimitsEnabled, String jwtSecret, int maxBodyBytes,
                     int shutdownTimeoutSeconds, Map<String, String> env) {

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                text(env, "HOST", "0.0.0.0"),
                number(env, "PORT", 8080, 0, 65535),
                required(env, "DATABASE_URL"),
                text(env, "DATABASE_USER", ""),
                text(env, "DATABASE_PASSWORD", ""),
                number(env, "DATABASE_POOL_SIZE", 10, 1, 500),
                text(env, "REDIS_URL", ""),
                list(text(env, "CORS_ORIGINS", "{{corsOrigins}}")),
                list(text(env, "ALLOWED_HOSTS", "")).stream().map(h -> h.toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()),
                flag(env, "HTTPS_ONLY", {{httpsOnly}}),
                flag(env, "RATE_LIMITS_ENABLED", true),
                jwtSecret(env),
                {{maxBodyBytes}},
                {{shutdownTimeoutSeconds}},
                Map.copyOf(env));
    }

    /** The value of an optional variable, for modules with settings of their own (OAuth). */
    public String optional(String name) {
        return env.getOrDefault(name, "");
    }

    /** The value of a variable a module cannot work without. */
    public String require(String name) {
        return required(env, name);
    }

    private static String jwtSecret(Map<String, String> env) {
        {{#jwt}}
        String secret = required(env, "JWT_SECRET");
        if (secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new ConfigException("JWT_SECRET must be at least 32 bytes (openssl rand -base64 48)");
        }
        return secret;
        {{/jwt}}
        {{^jwt}}
        return "";
        {{/jwt}}
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new ConfigException(name + " is not set; see .env.example");
        }
        return value.trim();
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", not '" + value
                + "'");
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
