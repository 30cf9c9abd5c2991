package dev.stackbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistCommandTest {
    @TempDir
    Path dir;

    private Path blog() {
        Path file = dir.resolve("blog.stackbench.json");
        CliRun.of("new", "--template", "blog", "--out", file.toString());
        return file;
    }

    @Test
    void a_complete_model_scores_twelve_and_exits_zero() {
        CliRun run = CliRun.of("checklist", blog().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Total 12/12").contains("SEC-SQLI");
    }

    @Test
    void an_open_security_item_exits_one_and_json_says_what_closes_it() throws Exception {
        Path file = blog();
        ModelFiles files = new ModelFiles();
        Project p = files.load(file);
        files.save(file, p.withProduction(p.production().withHttpsOnly(false)));
        CliRun run = CliRun.of("checklist", file.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("securityGateOpen").asBoolean()).isTrue();
        assertThat(report.get("items")).anySatisfy(i -> {
            assertThat(i.get("id").asText()).isEqualTo("SEC-HTTPS");
            assertThat(i.get("state").asText()).isEqualTo("open");
            assertThat(i.get("asvs").asText()).isEqualTo("v5.0.0-12.2.1");
            assertThat(i.get("setting").asText()).isEqualTo("production");
        });
    }

    @Test
    void markdown_and_html_reports_are_written_to_files() throws Exception {
        Path md = dir.resolve("checklist.md");
        Path html = dir.resolve("checklist.html");
        assertThat(CliRun.of("checklist", blog().toString(), "--md", "--out", md.toString()).exitCode()).isZero();
        assertThat(CliRun.of("checklist", blog().toString(), "--html", "--out", html.toString()).exitCode()).isZero();
        assertThat(Files.readString(md)).startsWith("# Production checklist").contains("| ✅ SATISFIED |");
        assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("Total <b>12/12</b>");
    }

    @Test
    void two_formats_at_once_are_bad_usage() {
        assertThat(CliRun.of("checklist", blog().toString(), "--json", "--md").exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas", "blank"})
    void every_template_gives_a_json_report_whose_exit_code_follows_the_security_gate(String template)
            throws Exception {
        Path file = dir.resolve(template + ".stackbench.json");
        assertThat(CliRun.of("new", "--template", template, "--out", file.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("checklist", file.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(report.get("securityGateOpen").asBoolean() ? 1 : 0);
        assertThat(report.get("items")).isNotEmpty();
    }

    @Test
    void a_broken_or_missing_file_exits_two_naming_the_file() throws Exception {
        Path broken = dir.resolve("broken.stackbench.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"meta\": {\n");
        CliRun run = CliRun.of("checklist", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken.toString()).containsPattern("line \\d+");
        CliRun missing = CliRun.of("checklist", dir.resolve("nothing.stackbench.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nothing.stackbench.json");
    }
}
