package dev.stackbench.export;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards every template's export against unintended change: a manifest of every exported file's SHA-256
 * ({@code src/test/resources/golden/TEMPLATE.sha256}). A deliberate change regenerates it with
 * {@code -Dstackbench.updateGoldens=true}; the diff of the manifest then names every file the change touched.
 */
class GoldenExportTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void the_export_matches_its_golden_manifest(String template) throws Exception {
        matchesManifest(template, ExportEngine.render(Templates.load(template), "javalin"));
    }

    /** The blog exported for MySQL / MariaDB: its manifest, and its migration and compose file in full. */
    @Test
    void the_mysql_export_matches_its_golden_manifest_and_files() throws Exception {
        List<GeneratedFile> files = ExportEngine.render(ExportedProjectsBuildTest.onMysql(Templates.load("blog")),
                "javalin");
        matchesManifest("blog-mysql", files);
        for (GeneratedFile f : files) {
            if (f.path().endsWith(".sql") || f.path().equals("docker-compose.yml")) {
                Goldens.check("blog-mysql", f);
            }
        }
    }

    private static void matchesManifest(String name, List<GeneratedFile> files) throws Exception {
        String manifest = manifest(files);
        Path file = GOLDEN.resolve(name + ".sha256");
        if (Boolean.getBoolean("stackbench.updateGoldens")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, manifest, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(file);
        List<String> actual = List.of(manifest.split("\n"));
        List<String> changed = new ArrayList<>(actual);
        changed.removeAll(expected);
        assertThat(changed).as("files whose content changed or appeared (regenerate with "
                + "-Dstackbench.updateGoldens=true if intended)").isEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String manifest(List<GeneratedFile> files) throws Exception {
        StringBuilder out = new StringBuilder();
        for (GeneratedFile f : files) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(f.content().getBytes(StandardCharsets.UTF_8));
            out.append(HexFormat.of().formatHex(hash)).append("  ").append(f.path()).append('\n');
        }
        return out.toString();
    }
}
