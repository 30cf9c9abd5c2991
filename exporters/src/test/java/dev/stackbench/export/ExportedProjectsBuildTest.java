package dev.stackbench.export;

import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every starter template, exported and built the way its README says, on a fresh folder: the exported project
 * compiles, its API tests (the model's whole scenario suite) pass, and the runnable jar is built. The blog also
 * runs its suite against the real PostgreSQL (a fresh schema, dropped after) and Redis of this machine; the blog
 * and the chat, exported for MySQL, against the MariaDB of this machine (a fresh database each, dropped after).
 */
class ExportedProjectsBuildTest {
    private static final Pattern FIRST_COMMAND = Pattern.compile("## Build and test.*?```\\n(.+?)\\n```",
            Pattern.DOTALL);

    @Test
    void every_template_exports_into_a_project_whose_own_tests_pass(@TempDir Path root) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> builds = new ArrayList<>();
        for (String template : Templates.NAMES) {
            builds.add(pool.submit(() -> exportAndBuild(template, root.resolve(template), Map.of())));
        }
        pool.shutdown();
        for (Future<String> build : builds) {
            assertThat(build.get(20, TimeUnit.MINUTES)).isEqualTo("ok");
        }
    }

    @Test
    void the_blog_export_passes_its_suite_on_postgresql_and_redis(@TempDir Path root) throws Exception {
        String schema = "export_test_" + Long.toHexString(System.nanoTime());
        String admin = "jdbc:postgresql://127.0.0.1:5432/test";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            Map<String, String> env = Map.of("DATABASE_URL", admin + "?currentSchema=" + schema,
                    "DATABASE_USER", "postgres", "REDIS_URL", "redis://127.0.0.1:6379");
            assertThat(exportAndBuild("blog", root.resolve("blog"), env)).isEqualTo("ok");
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    static List<Project> mysqlModels() {
        return List.of(Templates.load("blog"), Templates.load("chat"));
    }

    @ParameterizedTest
    @MethodSource("mysqlModels")
    void the_export_on_mysql_passes_its_suite_on_mariadb_and_redis(Project model, @TempDir Path root)
            throws Exception {
        String database = "export_test_" + System.nanoTime();
        String admin = "jdbc:mariadb://127.0.0.1:3306/test";
        try (Connection c = DriverManager.getConnection(admin, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        try {
            Map<String, String> env = Map.of("DATABASE_URL", "jdbc:mariadb://127.0.0.1:3306/" + database,
                    "DATABASE_USER", "root", "REDIS_URL", "redis://127.0.0.1:6379/2");
            assertThat(exportAndBuild(onMysql(model), root.resolve("app"), env)).isEqualTo("ok");
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    static Project onMysql(Project project) {
        return project.withStack(project.stack().withDatabase(StackChoices.DatabaseKind.MYSQL));
    }

    private static String exportAndBuild(String template, Path out, Map<String, String> env) throws Exception {
        return exportAndBuild(Templates.load(template), out, env);
    }

    /** Exports, then runs the README's build-and-test command exactly as written; "ok" or the build's output. */
    private static String exportAndBuild(Project project, Path out, Map<String, String> env) throws Exception {
        String template = project.meta().name();
        new ExportEngine(line -> { }).export(project, "javalin", out, false);
        Matcher m = FIRST_COMMAND.matcher(Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(m.find()).as("the exported README names its build command").isTrue();
        List<String> command = new ArrayList<>(List.of(m.group(1).trim().split("\\s+")));
        command.add(1, "-q");
        String result = Tools.run(out, env, command.toArray(String[]::new));
        if (!result.equals("ok")) {
            return template + ": " + tail(result);
        }
        return Files.exists(out.resolve(ExportedApp.JAR)) ? "ok" : template + ": no " + ExportedApp.JAR;
    }

    private static String tail(String output) {
        List<String> lines = List.of(output.split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
