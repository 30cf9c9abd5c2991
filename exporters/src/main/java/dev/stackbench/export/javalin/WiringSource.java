package dev.stackbench.export.javalin;

import dev.stackbench.export.ExportedApp;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code Wiring.java}: constructor injection wired in one place. It reads as the architecture: infrastructure
 * (metrics, database, Redis), cross-cutting services (rate limits, events, credentials), then one repository,
 * service and routes per resource, then the HTTP server with every route module.
 */
final class WiringSource {
    private WiringSource() {
    }

    static String of(Project project, String base, List<ResourceSources> resources, List<ResourceModel> models,
                     boolean customRoutes) {
        AuthConfig auth = project.auth();
        boolean jwt = ExportedApp.usesJwt(project);
        StringBuilder b = new StringBuilder();
        b.append("package ").append(base).append(";\n\n");
        for (String imp : List.of("auth.Authenticator", "auth.Credentials", "auth.Guard", "config.Config",
                "db.Database", "ops.Counters", "ops.MemoryCounters", "ops.Metrics", "ops.OpsRoutes",
                "ops.RateLimiter", "ops.RedisCounters", "realtime.Channel", "realtime.EventBus", "realtime.Realtime",
                "realtime.SseHub", "realtime.StreamTickets", "realtime.WsHub", "web.HttpServer", "web.Router")) {
            b.append("import ").append(base).append('.').append(imp).append(";\n");
        }
        for (ResourceSources r : resources) {
            b.append("import ").append(r.qualified(r.repositoryClass())).append(";\n");
            b.append("import ").append(r.qualified(r.routesClass())).append(";\n");
            b.append("import ").append(r.qualified(r.serviceClass())).append(";\n");
        }
        b.append("import com.fasterxml.jackson.databind.ObjectMapper;\n")
                .append("import com.fasterxml.jackson.databind.SerializationFeature;\n")
                .append("import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;\n")
                .append("import redis.clients.jedis.JedisPooled;\n\n")
                .append("import java.time.Duration;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n")
                .append("import java.util.function.Consumer;\n\n");
        b.append("/** Builds the service from its configuration: every dependency is passed in through a constructor, here. */\n")
                .append("public final class Wiring {\n    private Wiring() {\n    }\n\n")
                .append("    public static Application start(Config config) {\n")
                .append("        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())\n")
                .append("                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);\n")
                .append("        Metrics metrics = new Metrics();\n")
                .append("        Database database = Database.connect(config, metrics.registry());\n")
                .append("        database.migrate();\n")
                .append("        JedisPooled redis = config.redisUrl().isBlank() ? null : new JedisPooled(java.net.URI.create(config.redisUrl()));\n")
                .append("        Counters counters = redis == null ? new MemoryCounters() : new RedisCounters(redis);\n")
                .append("        RateLimiter limiter = new RateLimiter(counters, Map.of(").append(limits(project)).append("),\n")
                .append("                ").append(JavaText.literal(project.production().globalRateLimit())).append(", ")
                .append(JavaText.literal(project.production().authRateLimit())).append(");\n")
                .append("        EventBus bus = new EventBus(json, redis);\n")
                .append("        Realtime events = new Realtime(bus, counters, List.of(").append(channels(project))
                .append("), json);\n")
                .append("        Credentials credentials = ").append(credentials(project, jwt)).append(";\n")
                .append("        Authenticator authenticator = new Authenticator(credentials);\n")
                .append("        Guard guard = new Guard(authenticator, limiter, metrics, config.rateLimitsEnabled());\n")
                .append("        List<Consumer<Router>> modules = new ArrayList<>();\n")
                .append("        modules.add(new OpsRoutes(database, metrics)::register);\n")
                .append("        StreamTickets tickets = new StreamTickets(redis, json);\n")
                .append("        SseHub streams = new SseHub(events, bus, authenticator, tickets);\n")
                .append("        modules.add(streams::register);\n")
                .append("        modules.add(new WsHub(events, bus, authenticator, tickets, config, json)::register);\n");
        for (ResourceSources r : resources) {
            String var = Naming.camel(r.repositoryClass().replace("Repository", ""));
            b.append("        ").append(r.repositoryClass()).append(' ').append(var).append("Repository = new ")
                    .append(r.repositoryClass()).append("();\n");
            b.append("        modules.add(new ").append(r.routesClass()).append("(new ").append(r.serviceClass())
                    .append("(database, ").append(var).append("Repository, events), guard)::register);\n");
        }
        if (customRoutes) {
            b.append("        modules.add(new ").append(base).append(".custom.CustomRoutes(new ").append(base)
                    .append(".custom.CustomService(), guard)::register);\n");
        }
        userModules(project, models, jwt).forEach(line -> b.append("        ").append(line).append('\n'));
        b.append("        HttpServer server = new HttpServer(config, limiter, metrics, json, modules).start();\n")
                .append("        return new Application(server, database, bus, streams, redis);\n    }\n}\n");
        return importAuthClasses(b.toString(), base);
    }

    /** Writes {@code auth.X} in the body while building, then imports each X and uses its simple name. */
    private static String importAuthClasses(String source, String base) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.])auth\\.([A-Z]\\w+)").matcher(source);
        java.util.SortedSet<String> used = new java.util.TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        String body = source.replaceAll("(?<![\\w.])auth\\.([A-Z]\\w+)", "$1");
        StringBuilder imports = new StringBuilder();
        used.forEach(c -> imports.append("import ").append(base).append(".auth.").append(c).append(";\n"));
        String anchor = "import " + base + ".auth.Authenticator;\n";
        return body.replace(anchor, anchor + imports);
    }

    /** The model's channels, with resources named as URLs name them. */
    private static String channels(Project project) {
        return project.channels().stream().map(c -> "\n                new Channel(" + JavaText.literal(c.name()) + ", "
                + (c.transport() == dev.stackbench.model.Transport.WEBSOCKET) + ", List.of(" + c.entityIds().stream()
                .map(id -> project.entity(id).map(e -> JavaText.literal(Naming.resourceName(e))).orElse(null))
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", ")) + "), List.of("
                + c.customEvents().stream().map(JavaText::literal).collect(Collectors.joining(", ")) + "), "
                + c.clientsSend() + ", " + c.authRequired() + ", List.of(" + c.publishRoles().stream()
                .map(JavaText::literal).collect(Collectors.joining(", ")) + "), " + c.resumeBuffer() + ", "
                + c.maxMessageBytes() + ")").collect(Collectors.joining(","));
    }

    private static String limits(Project project) {
        return project.production().rateLimits().stream().map(WiringSource::limit)
                .collect(Collectors.joining(",\n                "));
    }

    private static String limit(RateLimitClass c) {
        return JavaText.literal(c.name()) + ", new RateLimiter.Limit(" + JavaText.literal(c.name()) + ", "
                + c.capacity() + ", " + c.windowSeconds() + ", " + (c.key() == RateLimitClass.Key.USER) + ")";
    }

    private static String credentials(Project project, boolean jwt) {
        AuthConfig auth = project.auth();
        if (jwt) {
            return "new auth.JwtCredentials(config.jwtSecret(), " + JavaText.literal(auth.jwt().issuer()) + ", "
                    + JavaText.literal(auth.jwt().audience()) + ", " + auth.jwt().accessTokenMinutes() * 60L
                    + "L,\n                new auth.RefreshTokens(database, Duration.ofDays(" + auth.jwt().refreshTokenDays()
                    + ")))";
        }
        return "new auth.SessionCredentials(redis == null ? new auth.MemorySessionStore()\n"
                + "                : new auth.RedisSessionStore(redis, json), " + JavaText.literal(auth.session().cookieName())
                + ", " + JavaText.literal(auth.session().sameSite()) + ", config.httpsOnly(),\n"
                + "                Duration.ofMinutes(" + auth.session().idleTimeoutMinutes() + "), Duration.ofHours("
                + auth.session().absoluteTimeoutHours() + "))";
    }

    /** The auth routes, when the model has a user entity. */
    private static List<String> userModules(Project project, List<ResourceModel> models, boolean jwt) {
        AuthConfig auth = project.auth();
        var user = project.userEntity();
        if (!auth.enabled() || user.isEmpty()) {
            return List.of();
        }
        ResourceModel r = models.stream().filter(m -> m.entity().id().equals(user.get().id())).findFirst().orElseThrow();
        String var = Naming.camel(r.className()) + "Repository";
        Field login = user.get().field(auth.loginFieldId()).orElseThrow();
        String password = user.get().field(auth.passwordFieldId() == null ? "" : auth.passwordFieldId())
                .map(Naming::column).orElse(null);
        Field role = user.get().field(auth.roleFieldId() == null ? "" : auth.roleFieldId()).orElse(null);
        String name = user.get().fields().stream().filter(f -> f.type() == FieldType.STRING && !f.sensitive()
                && !f.id().equals(login.id()) && f.name().toLowerCase(java.util.Locale.ROOT).contains("name"))
                .findFirst().map(Naming::column).orElse(Naming.column(login));
        List<String> lines = new ArrayList<>();
        lines.add("auth.UserTable users = new auth.UserTable(" + JavaText.literal(r.table().name()) + ", "
                + JavaText.literal(Naming.property(login)) + ", " + JavaText.literal(Naming.column(login)) + ", "
                + JavaText.literal(password) + ",\n                " + JavaText.literal(role == null ? null : Naming.property(role))
                + ", " + JavaText.literal(role == null ? null : Naming.column(role)) + ", "
                + JavaText.literal(auth.defaultRole()) + ", " + JavaText.literal(name) + ");");
        lines.add("auth.AuthService authService = new auth.AuthService(database, " + var
                + ", new auth.PasswordHasher(), credentials, users);");
        lines.add("modules.add(new auth.AuthRoutes(authService, authenticator, " + (password != null) + ", " + jwt
                + ")::register);");
        if (auth.strategy() == AuthStrategy.OAUTH) {
            lines.add("modules.add(new auth.OAuthClient(config, authService, "
                    + JavaText.literal(String.join(" ", auth.oauth().scopes())) + ")::register);");
        }
        return lines;
    }
}
