package dev.stackbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.export.ExportEngine;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.Table;
import dev.stackbench.model.sample.ExampleValues;
import dev.stackbench.model.sample.LargeModel;
import dev.stackbench.model.scenario.Accounts;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.PasswordHasher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Export time of the 300-entity model (target under 3 s) against the floor of writing the same bytes, then the
 * exported blog's throughput (its jar on this machine's PostgreSQL) against the live backend (H2 in memory),
 * both measured with wrk in this run. Run with {@code bench/run ExportBench [seconds]}.
 */
public final class ExportBench {
    private static final String DB = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        exportTime();
        throughput(args.length > 0 ? Integer.parseInt(args[0]) : 8);
    }

    private static void exportTime() throws Exception {
        Project large = LargeModel.generate(300);
        List<Long> render = new ArrayList<>();
        List<Long> export = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        int files = 0;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            List<GeneratedFile> rendered = ExportEngine.render(large, "javalin");
            render.add(System.nanoTime() - t0);
            files = rendered.size();
            Path out = Files.createTempDirectory("export-bench");
            long t1 = System.nanoTime();
            new ExportEngine(line -> { }).export(large, "javalin", out, false);
            export.add(System.nanoTime() - t1);
            Path plain = Files.createTempDirectory("write-floor");
            long t2 = System.nanoTime();
            for (GeneratedFile f : rendered) {
                Path file = plain.resolve(f.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.content(), StandardCharsets.UTF_8);
            }
            floor.add(System.nanoTime() - t2);
        }
        System.out.printf(Locale.ROOT, "300 entities, %d endpoints, %d files: render %.0f ms, export to a fresh folder"
                        + " %.0f ms (target < 3000 ms), plain write of the same files %.0f ms (ratio %.1fx) — medians of"
                        + " 5 after a warm-up%n", large.endpoints().size(), files, median(render), median(export),
                median(floor), median(export) / median(floor));
    }

    private static void throughput(int seconds) throws Exception {
        Project blog = Templates.load("blog");
        Project open = blog.withProduction(blog.production().withRateLimits(List.of(
                new RateLimitClass("rl_global", "global", 1_000_000_000, 1, RateLimitClass.Key.CLIENT),
                new RateLimitClass("rl_auth", "auth", 1_000_000_000, 1, RateLimitClass.Key.CLIENT))));
        Path out = Files.createTempDirectory("bench-blog");
        new ExportEngine(line -> { }).export(blog, "javalin", out, false);
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "package", "-DskipTests").directory(out.toFile())
                .inheritIO().start();
        if (mvn.waitFor() != 0) {
            throw new IllegalStateException("the exported blog did not build");
        }
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        sql("CREATE SCHEMA " + schema);
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", ExportedApp.JAR).directory(out.toFile())
                .redirectErrorStream(true).redirectOutput(out.resolve("app.log").toFile());
        pb.environment().putAll(Map.of("PORT", Integer.toString(port), "HOST", "127.0.0.1", "DATABASE_URL",
                DB + "?currentSchema=" + schema, "DATABASE_USER", "postgres", "JWT_SECRET",
                "bench-secret-with-more-than-thirty-two-bytes", "RATE_LIMITS_ENABLED", "false", "LOG_LEVEL", "WARN"));
        Process app = pb.start();
        try (LiveServer live = LiveServer.start(open, LiveServerOptions.anyPort())) {
            String exported = "http://127.0.0.1:" + port;
            awaitReady(exported);
            String id = seedPosts(blog, schema, exported, 8);
            for (String url : List.of(live.url() + "/api/posts/3", exported + "/api/posts/" + id,
                    live.url() + "/api/posts?page=1&limit=20", exported + "/api/posts?page=1&limit=20")) {
                Wrk.run(url, Math.max(3, seconds / 2), 16);
            }
            Wrk.Result liveOne = Wrk.run(live.url() + "/api/posts/3", seconds, 16);
            Wrk.Result expOne = Wrk.run(exported + "/api/posts/" + id, seconds, 16);
            Wrk.Result livePage = Wrk.run(live.url() + "/api/posts?page=1&limit=20", seconds, 16);
            Wrk.Result expPage = Wrk.run(exported + "/api/posts?page=1&limit=20", seconds, 16);
            System.out.printf(Locale.ROOT, "wrk -t2 -c16 -d%ds, warmed up; live backend on H2 in this JVM, exported "
                    + "jar on PostgreSQL in its own process%n", seconds);
            System.out.println(liveOne.row("live GET /api/posts/{id}"));
            System.out.println(expOne.row("exported GET /api/posts/{id}"));
            System.out.println(livePage.row("live GET page of 8 posts"));
            System.out.println(expPage.row("exported GET page of 8 posts"));
            System.out.printf(Locale.ROOT, "ratio exported/live: get-by-id %.2fx, list %.2fx%n",
                    expOne.requestsPerSecond() / liveOne.requestsPerSecond(),
                    expPage.requestsPerSecond() / livePage.requestsPerSecond());
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** An author (inserted as an operator would), then posts created through the exported API; returns one id. */
    private static String seedPosts(Project blog, String schema, String url, int count) throws Exception {
        Table users = PlanBuilder.build(blog).tableOfEntity(blog.auth().userEntityId()).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Accounts.seedUser(blog, "author").forEach((property, literal) -> users.columnForProperty(property)
                .ifPresent(c -> values.put(c.name(), literal.replaceAll("^\"|\"$", ""))));
        users.columns().stream().filter(c -> c.elementId().equals(blog.auth().passwordFieldId())).findFirst()
                .ifPresent(c -> values.put(c.name(), new PasswordHasher().hash("author-password")));
        users.columns().stream().filter(c -> c.role() == Column.Role.CREATED_AT || c.role() == Column.Role.UPDATED_AT)
                .forEach(c -> values.put(c.name(), OffsetDateTime.now(ZoneOffset.UTC)));
        try (Connection c = DriverManager.getConnection(DB + "?currentSchema=" + schema, "postgres", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + users.name() + "\" (" + values.keySet()
                     .stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", ")) + ") VALUES ("
                     + values.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")")) {
            int i = 0;
            for (Object v : values.values()) {
                ps.setObject(++i, v);
            }
            ps.executeUpdate();
        }
        ObjectMapper json = new ObjectMapper();
        String token = json.readTree(post(url + "/api/auth/login", "{\"email\":\"author@example.com\",\"password\":"
                + "\"author-password\"}", null)).at("/data/accessToken").asText();
        String id = null;
        for (int n = 1; n <= count; n++) {
            var body = ExampleValues.body(blog, blog.entity("ent_post").orElseThrow(), n);
            body.remove("tagIds");
            JsonNode created = json.readTree(post(url + "/api/posts", body.toString(), token));
            id = created.at("/data/id").asText();
        }
        return id;
    }

    private static String post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void awaitReady(String url) throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the exported app did not become ready");
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos.subList(1, nanos.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
