package dev.stackbench.app.parity;

import dev.stackbench.export.ExportEngine;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.Table;
import dev.stackbench.model.scenario.Accounts;
import dev.stackbench.model.scenario.Scenario;
import dev.stackbench.model.scenario.ScenarioRunner;
import dev.stackbench.model.scenario.ScenarioSuite;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.PasswordHasher;
import dev.stackbench.server.auth.SeedUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity: the same scenario suite, run by the same runner, against the live backend (H2, in this JVM) and
 * against the exported project's jar (its own process, on the real PostgreSQL of this machine). Both must pass
 * every scenario: same statuses, same envelopes, same error sentences and field errors, same property order.
 */
class ParityTest {
    private static final String DB = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void the_blog_live_backend_and_its_export_answer_every_scenario_alike(@TempDir Path out) throws Exception {
        Project blog = Templates.load("blog");
        List<Scenario> scenarios = ScenarioSuite.derive(blog);

        List<ScenarioRunner.Outcome> live;
        try (LiveServer server = LiveServer.start(blog, LiveServerOptions.anyPort().withRateLimitsOff(true))) {
            Map<String, ScenarioRunner.Account> accounts = server.seedUsers().stream().collect(Collectors.toMap(
                    SeedUser::role, u -> new ScenarioRunner.Account(u.login(), u.password())));
            live = new ScenarioRunner(blog, server.url(), accounts).run(scenarios);
        }

        new ExportEngine(line -> { }).export(blog, "javalin", out, false);
        build(out);
        String schema = "parity_" + Long.toHexString(System.nanoTime());
        execute("CREATE SCHEMA " + schema);
        int port = freePort();
        Process app = start(out, schema, port);
        try {
            String url = "http://127.0.0.1:" + port;
            awaitReady(url, app);
            seed(blog, schema);
            Map<String, ScenarioRunner.Account> accounts = blog.auth().roles().stream().collect(Collectors.toMap(
                    Role::name, r -> new ScenarioRunner.Account(r.name() + "@example.com",
                            Accounts.seedPassword(r.name()))));
            List<ScenarioRunner.Outcome> exported = new ScenarioRunner(blog, url, accounts).run(scenarios);

            assertThat(failures(live)).isEmpty();
            assertThat(failures(exported)).isEmpty();
            assertThat(exported).hasSameSizeAs(live).hasSizeGreaterThan(100);
            assertThat(newman(out, url)).as("newman runs the exported Postman collection green").isZero();
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static List<String> failures(List<ScenarioRunner.Outcome> outcomes) {
        return outcomes.stream().filter(o -> !o.passed()).map(Object::toString).toList();
    }

    private static void build(Path project) throws Exception {
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "package", "-DskipTests").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(project.resolve("build.log").toFile()).start();
        assertThat(mvn.waitFor(10, TimeUnit.MINUTES) && mvn.exitValue() == 0)
                .as("the exported project builds (see build.log)").isTrue();
    }

    /** Runs the exported Postman collection with newman (pinned in tools/validators) against the running app. */
    private static int newman(Path project, String url) throws Exception {
        Path tools = Path.of("..", "tools", "validators").toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(tools.resolve("node_modules"))) {
            assertThat(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(tools.toFile())
                    .redirectErrorStream(true).redirectOutput(project.resolve("npm.log").toFile()).start()
                    .waitFor()).isZero();
        }
        Process run = new ProcessBuilder(tools.resolve("node_modules/.bin/newman").toString(), "run",
                "postman/collection.json", "-e", "postman/environment.json", "--env-var", "baseUrl=" + url,
                "--env-var", "login=author@example.com", "--env-var", "password=" + Accounts.seedPassword("author"))
                .directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("newman.log").toFile()).start();
        return run.waitFor(5, TimeUnit.MINUTES) ? run.exitValue() : -1;
    }

    private static Process start(Path project, String schema, int port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ExportedApp.JAR).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("app.log").toFile());
        pb.environment().putAll(Map.of("PORT", Integer.toString(port), "HOST", "127.0.0.1",
                "DATABASE_URL", DB + "?currentSchema=" + schema, "DATABASE_USER", "postgres",
                "JWT_SECRET", "parity-test-secret-with-more-than-32-bytes", "RATE_LIMITS_ENABLED", "false"));
        return pb.start();
    }

    private static void awaitReady(String url, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the app is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the exported app did not become ready");
    }

    /** One user per role with the public seed password, inserted as an operator would. */
    private static void seed(Project project, String schema) throws Exception {
        Table users = PlanBuilder.build(project).tableOfEntity(project.auth().userEntityId()).orElseThrow();
        PasswordHasher hasher = new PasswordHasher();
        try (Connection c = DriverManager.getConnection(DB + "?currentSchema=" + schema, "postgres", "")) {
            for (Role role : project.auth().roles()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : Accounts.seedUser(project, role.name()).entrySet()) {
                    users.columnForProperty(e.getKey()).ifPresent(col -> values.put(col.name(),
                            e.getValue().replaceAll("^\"|\"$", "")));
                }
                users.columns().stream().filter(col -> col.elementId().equals(project.auth().passwordFieldId()))
                        .findFirst().ifPresent(col -> values.put(col.name(), hasher.hash(Accounts.seedPassword(role.name()))));
                users.columns().stream().filter(col -> col.role() == Column.Role.CREATED_AT
                        || col.role() == Column.Role.UPDATED_AT).forEach(col -> values.put(col.name(),
                        OffsetDateTime.now(ZoneOffset.UTC)));
                String sql = "INSERT INTO \"" + users.name() + "\" (" + values.keySet().stream().map(k -> "\"" + k + "\"")
                        .collect(Collectors.joining(", ")) + ") VALUES (" + values.keySet().stream().map(k -> "?")
                        .collect(Collectors.joining(", ")) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 0;
                    for (Object v : values.values()) {
                        ps.setObject(++i, v);
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
