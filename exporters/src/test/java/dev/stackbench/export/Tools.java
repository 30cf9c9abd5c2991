package dev.stackbench.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs outside tools for the tests: "ok" when the command exits 0, else its output. */
public final class Tools {
    private Tools() {
    }

    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    public static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        Path log = Files.createTempFile("tool", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return String.join(" ", command) + ": timed out";
        }
        String output = Files.readString(log);
        Files.delete(log);
        return p.exitValue() == 0 ? "ok" : String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output;
    }
}
