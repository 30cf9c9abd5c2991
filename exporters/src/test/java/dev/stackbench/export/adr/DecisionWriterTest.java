package dev.stackbench.export.adr;

import dev.stackbench.export.ExportFiles;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision records of every template: one numbered file per decision and an index linking them. */
class DecisionWriterTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void each_decision_is_a_numbered_record_listed_in_the_index(String template) {
        Project project = Templates.load(template);
        Map<String, String> files = ExportFiles.byPath(DecisionWriter.write(project));
        assertThat(files).hasSize(project.decisions().size() + 1);
        String index = files.get("docs/decisions/README.md");
        int n = 1;
        for (Decision d : project.decisions()) {
            String prefix = String.format("docs/decisions/%04d-", n++);
            String path = files.keySet().stream().filter(p -> p.startsWith(prefix)).findFirst().orElseThrow();
            assertThat(path).matches("docs/decisions/\\d{4}-[a-z0-9]+(-[a-z0-9]+)*\\.md");
            assertThat(index).contains("(" + path.substring("docs/decisions/".length()) + ")");
            assertThat(files.get(path)).startsWith("# " + d.title() + "\n").contains("## Context", "## Decision",
                    "## Alternatives considered", "## Consequences", d.rationale());
            d.alternatives().forEach(a -> assertThat(files.get(path)).contains("- " + a + "\n"));
        }
    }

    @Test
    void a_title_without_letters_still_gets_a_file_name() {
        Project blank = Templates.load("blank");
        Project odd = blank.withDecisions(List.of(new Decision("d", "auth", "???", "jwt", "", List.of(), null)));
        assertThat(DecisionWriter.write(odd).get(0).path()).isEqualTo("docs/decisions/0001-decision.md");
    }
}
