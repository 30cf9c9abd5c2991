package dev.stackbench.importer.openapi;

import dev.stackbench.export.openapi.OpenApiWriter;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.importer.ModelEquivalence;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template → our OpenAPI document → import → the same model (as {@link ModelEquivalence} defines it). */
class OpenApiRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas"})
    void templateSurvivesTheDocument(String template) throws Exception {
        Project original = Templates.load(template);
        Path file = dir.resolve(template + ".openapi.yaml");
        Files.writeString(file, OpenApiWriter.yaml(original));

        ImportResult imported = OpenApiImporter.read(file.toString());

        var expected = ModelEquivalence.describe(original, ModelEquivalence.Depth.FULL);
        assertThat(expected).hasSizeGreaterThan(original.entities().size() + original.endpoints().size());
        assertThat(ModelEquivalence.describe(imported.project(), ModelEquivalence.Depth.FULL))
                .containsExactlyElementsOf(expected);
        assertThat(imported.notes()).as("our own document maps completely").isEmpty();
    }
}
