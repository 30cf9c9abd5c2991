package dev.stackbench.export;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported artifacts checked by the tools their users will run: Spectral (OpenAPI, zero errors) and the
 * AsyncAPI parser. The npm tools are pinned in tools/validators and installed there with {@code npm ci} when
 * missing. (promtool's check of the alert rules is in {@code MonitoringWriterTest}: it needs no npm.)
 */
class OutsideValidatorsTest {
    static final Path TOOLS = Path.of("..", "tools", "validators").toAbsolutePath().normalize();

    static List<String> templates() {
        return Templates.NAMES;
    }

    @BeforeAll
    static void installTools() throws Exception {
        assumeTrue(Tools.onPath("npm"), "npm is not installed");
        if (!Files.isDirectory(TOOLS.resolve("node_modules"))) {
            assertThat(Tools.run(TOOLS, Map.of(), "npm", "ci", "--no-audit", "--no-fund")).isEqualTo("ok");
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void spectral_reports_no_errors_on_openapi(String template, @TempDir Path dir) throws Exception {
        Path file = write(template, "openapi.yaml", dir);
        assertThat(Tools.run(TOOLS, Map.of(), TOOLS.resolve("node_modules/.bin/spectral").toString(), "lint",
                "--ruleset", TOOLS.resolve(".spectral.yaml").toString(), "--fail-severity", "error",
                file.toString())).isEqualTo("ok");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void the_asyncapi_parser_accepts_the_channels_document(String template, @TempDir Path dir) throws Exception {
        assumeTrue(!Templates.load(template).channels().isEmpty(), "no channels");
        Path file = write(template, "asyncapi.yaml", dir);
        assertThat(Tools.run(TOOLS, Map.of(), "node", "validate-asyncapi.mjs", file.toString())).isEqualTo("ok");
    }

    private static Path write(String template, String path, Path dir) throws Exception {
        Map<String, String> files = ExportEngine.render(Templates.load(template), "javalin").stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        Path file = dir.resolve(path.replace('/', '-'));
        Files.writeString(file, files.get(path));
        return file;
    }
}
