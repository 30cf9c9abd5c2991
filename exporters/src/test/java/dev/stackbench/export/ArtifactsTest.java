package dev.stackbench.export;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the shared artifacts meet a target's sources: every environment variable the exported {@code Config} reads
 * is one of {@link ExportedApp}'s keys (so the deployment files set it) and is documented in {@code .env.example}. Each writer's own checks live beside it ({@code deploy}, {@code monitoring},
 * {@code postman}, {@code asyncapi}, {@code adr}, {@code openapi}).
 */
class ArtifactsTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void every_key_the_exported_config_reads_is_in_env_example(String template) {
        Map<String, String> files = ExportFiles.byPath(ExportEngine.render(Templates.load(template), "javalin"));
        Set<String> documented = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=").matcher(files.get(".env.example"))
                .results().map(m -> m.group(1)).collect(Collectors.toSet());
        String config = files.keySet().stream().filter(p -> p.endsWith("/config/Config.java")).findFirst()
                .map(files::get).orElseThrow();
        Set<String> read = new TreeSet<>();
        Pattern.compile("\"([A-Z][A-Z0-9_]+)\"").matcher(config).results().map(m -> m.group(1))
                .filter(k -> k.contains("_") || k.equals("PORT") || k.equals("HOST")).forEach(read::add);
        assertThat(read).isNotEmpty();
        assertThat(ExportedApp.of(Templates.load(template)).environment().stream().map(ExportedApp.EnvKey::name))
                .containsAll(read);
        assertThat(documented).containsAll(read);
    }
}
