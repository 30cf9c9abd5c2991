package dev.stackbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void unknown_command_exits_two_from_the_jar() throws Exception {
        assertEquals(2, java("frobnicate", "x").exitCode());
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-jar", System.getProperty("stackbench.jar")));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not exit within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
