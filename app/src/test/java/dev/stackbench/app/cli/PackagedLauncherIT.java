package dev.stackbench.app.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the app image with jpackage (seconds on these machines) and runs the packaged launcher's smoke test:
 * --version, then new and lint on every template, headless. Bound after package by the app pom, like ShadedJarIT.
 */
class PackagedLauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_packaged_launcher_prints_its_version_and_lints_every_template() throws Exception {
        assertEquals(0, run("packaging/build-app-image.sh"), "app image build (see target/packaging.log)");
        assertTrue(Files.isExecutable(ROOT.resolve("packaging/target/stackbench/bin/stackbench")));
        assertEquals(0, run("packaging/smoke-test.sh"), "smoke test (see target/packaging.log)");
        assertTrue(Files.readString(Path.of("target", "packaging.log")).contains("packaged launcher OK"));
    }

    private static int run(String script) throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve(script).toString()).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "packaging.log").toFile())).start();
        return p.waitFor(5, TimeUnit.MINUTES) ? p.exitValue() : -1;
    }
}
