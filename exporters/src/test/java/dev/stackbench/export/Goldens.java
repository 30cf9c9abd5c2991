package dev.stackbench.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-file golden copies of exported artifacts, {@code src/test/resources/golden/TEMPLATE/PATH}, for the files a
 * reviewer wants to read in a diff (OpenAPI, AsyncAPI), beside the per-export hash manifests. A deliberate change
 * rewrites them when the tests run with {@code -Dstackbench.updateGoldens=true}; review that diff like code.
 */
public final class Goldens {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Goldens() {
    }

    public static void check(String template, GeneratedFile file) throws IOException {
        Path golden = ROOT.resolve(template).resolve(file.path());
        if (Boolean.getBoolean("stackbench.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden copy (create it with -Dstackbench.updateGoldens=true)").exists();
        assertThat(file.content()).as(file.path() + " differs from " + golden
                + " (regenerate with -Dstackbench.updateGoldens=true if intended)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
