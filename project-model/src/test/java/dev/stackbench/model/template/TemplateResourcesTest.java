package dev.stackbench.model.template;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped template resources are generated from the template sources in this folder. Run with
 * {@code -Dstackbench.updateTemplates=true} to regenerate them after changing a source; review the diff.
 */
class TemplateResourcesTest {
    static final Map<String, Supplier<Project>> SOURCES = Map.of(
            "blog", BlogTemplate::build,
            "chat", ChatTemplate::build,
            "dashboard", DashboardTemplate::build,
            "saas", SaasTemplate::build,
            "blank", () -> Project.blank("Untitled"));

    @TestFactory
    Stream<DynamicTest> every_template_resource_matches_its_source() {
        Path folder = Path.of("src/main/resources/templates");
        return SOURCES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(
                entry.getKey(), () -> {
                    String expected = ModelJson.write(entry.getValue().get());
                    Path file = folder.resolve(entry.getKey() + ".stackbench.json");
                    if (Boolean.getBoolean("stackbench.updateTemplates")) {
                        Files.createDirectories(folder);
                        Files.writeString(file, expected);
                    }
                    assertThat(file).exists();
                    assertThat(Files.readString(file)).isEqualTo(expected);
                    assertThat(Templates.load(entry.getKey())).isEqualTo(entry.getValue().get());
                }));
    }
}
