package dev.stackbench.export;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared artifacts as one list: every writer's files, once each, in the same order every time. */
class ArtifactWritersTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void all_artifacts_come_in_a_stable_order_without_duplicate_paths(String template) {
        List<GeneratedFile> files = ArtifactWriters.all(Templates.load(template));
        assertThat(files).isEqualTo(ArtifactWriters.all(Templates.load(template)));
        List<String> paths = files.stream().map(GeneratedFile::path).toList();
        assertThat(paths).doesNotHaveDuplicates();
        assertThat(paths.get(0)).isEqualTo("openapi.yaml");
        assertThat(paths).contains("postman/collection.json", "Dockerfile", "k8s/deployment.yaml", ".env.example",
                "monitoring/alerts.yml", "docs/decisions/README.md");
        assertThat(paths.contains("asyncapi.yaml")).isEqualTo(!Templates.load(template).channels().isEmpty());
    }
}
