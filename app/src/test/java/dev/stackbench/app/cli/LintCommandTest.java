package dev.stackbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas", "blank"})
    void every_template_lints_with_exit_zero(String template) {
        Path file = dir.resolve(template + ".stackbench.json");
        CliRun.of("new", "--template", template, "--out", file.toString());
        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(file.toString());
    }

    @Test
    void an_error_level_finding_exits_one_and_json_lists_rule_severity_path_and_message() throws Exception {
        Path file = dir.resolve("broken-model.stackbench.json");
        CliRun.of("new", "--template", "blog", "--out", file.toString());
        ModelFiles files = new ModelFiles();
        Project project = files.load(file);
        files.save(file, project.withEndpoint("ent_post.create", e -> e.withRoles(Lists.plus(e.roles(), "writer"))));
        CliRun run = CliRun.of("lint", file.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("AUTH-3");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("path").asText()).isEqualTo("endpoints/ent_post.create");
            assertThat(f.get("message").asText()).contains("writer");
        });
    }

    @Test
    void an_unreadable_file_exits_two_with_file_line_and_column() throws Exception {
        Path file = dir.resolve("corrupt.stackbench.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"project\": [1, 2,\n");
        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString()).containsPattern("line \\d+, column \\d+");
        assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\": 1");
    }

    @Test
    void a_future_format_is_refused_with_exit_two() throws Exception {
        Path file = dir.resolve("future.stackbench.json");
        Files.writeString(file, "{\"formatVersion\": 99, \"project\": {}}");
        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("newer Stackbench");
    }
}
