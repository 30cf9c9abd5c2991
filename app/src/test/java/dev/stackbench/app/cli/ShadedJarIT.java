package dev.stackbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the shaded jar the way users do ({@code java -jar}); bound after package by the app pom. */
class ShadedJarIT {
    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void version_prints_the_build_version_and_exits_zero() throws Exception {
        Run run = java("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Stackbench 0."), run.out());
    }

    @Test
    void new_then_lint_works_from_the_jar_without_a_display() throws Exception {
        Path model = dir.resolve("chat.stackbench.json");
        assertEquals(0, java("new", "--template", "chat", "--out", model.toString()).exitCode());
        Run lint = java("lint", model.toString(), "--json");
        assertTrue(lint.exitCode() <= 1, lint.err());
        assertTrue(lint.out().trim().startsWith("["), lint.out());
    }

    @Test
    void import_db_finds_both_jdbc_drivers_in_the_jar() throws Exception {
        // a database that does not exist: the driver answers (it is in the jar), not "No suitable driver"
        for (String url : List.of("jdbc:postgresql://127.0.0.1:5432/sb_i17_absent", "jdbc:mariadb://127.0.0.1:3306/sb_i17_absent")) {
            Run run = java("import", "db", "--url", url, "--user", url.contains("mariadb") ? "root" : "postgres",
                    "--out", dir.resolve("absent.stackbench.json").toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(url + ": cannot be read") && !run.err().contains("No suitable driver"),
                    run.err());
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve("absent.stackbench.json")));
    }

    @Test
    void unknown_command_exits_two_from_the_jar() throws Exception {
        assertEquals(2, java("frobnicate", "x").exitCode());
    }

    @Test
    void commands_load_no_javafx_class() throws Exception {
        Path model = dir.resolve("blog.stackbench.json");
        assertEquals(0, java("new", "--template", "blog", "--out", model.toString()).exitCode());
        Run lint = run(System.getenv(), List.of("-verbose:class"), List.of("lint", model.toString()));
        assertTrue(lint.out().contains("dev.stackbench.app.cli.LintCommand"), "class loading was not logged");
        assertFalse(lint.out().contains("javafx."), "the lint command loaded JavaFX");
    }

    @Test
    void without_a_display_the_desktop_path_exits_two_with_a_message_not_a_stack_trace() throws Exception {
        Run run = run(Map.of(), List.of(), List.of());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("no display"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private Run java(String... args) throws IOException, InterruptedException {
        return run(System.getenv(), List.of(), List.of(args));
    }

    /** Runs the jar with the given environment, JVM options and program arguments. */
    private Run run(Map<String, String> environment, List<String> jvm, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", System.getProperty("stackbench.jar")));
        command.addAll(args);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not exit within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
