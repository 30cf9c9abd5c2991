package dev.stackbench.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} and {@code openapi} from the command line: files written, exit codes, messages. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void export_writes_the_project_and_a_second_run_with_an_edit_keeps_it() throws Exception {
        Path model = model("blog");
        Path out = dir.resolve("blog-service");
        CliRun first = CliRun.of("export", model.toString(), "--target", "javalin", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("Export finished");
        assertThat(out.resolve("pom.xml")).exists();
        assertThat(out.resolve("openapi.yaml")).exists();
        assertThat(out.resolve("PRODUCTION_CHECKLIST.md")).exists();
        Path readme = out.resolve("README.md");
        Files.writeString(readme, Files.readString(readme) + "\nOur team notes.\n");

        CliRun second = CliRun.of("export", model.toString(), "--target", "javalin", "--out", out.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(Files.readString(readme)).endsWith("Our team notes.\n");
    }

    @Test
    void a_conflict_exits_one_and_names_the_file() throws Exception {
        Path model = model("blog");
        Path out = dir.resolve("svc");
        CliRun.of("export", model.toString(), "--target", "javalin", "--out", out.toString());
        Path pom = out.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<name>Blog</name>", "<name>Our blog</name>"));
        String edited = Files.readString(model).replace("\"name\": \"Blog\"", "\"name\": \"Blog service\"");
        Files.writeString(model, edited);

        CliRun run = CliRun.of("export", model.toString(), "--target", "javalin", "--out", out.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("conflict: pom.xml");
        assertThat(out.resolve("pom.xml.stackbench-new")).exists();
    }

    @Test
    void bad_usage_and_unreadable_models_exit_two() throws Exception {
        Path model = model("blog");
        assertThat(CliRun.of("export", model.toString(), "--target", "cobol", "--out", dir.toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("export", model.toString(), "--out", dir.toString()).exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("export", dir.resolve("nope.json").toString(), "--target", "javalin", "--out",
                dir.resolve("x").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json");
    }

    @Test
    void openapi_prints_yaml_or_writes_the_file() throws Exception {
        Path model = model("chat");
        CliRun printed = CliRun.of("openapi", model.toString());
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).startsWith("openapi: 3.1.0").contains("/api/rooms");
        Path out = dir.resolve("api.yaml");
        assertThat(CliRun.of("openapi", model.toString(), "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(printed.out());
    }

    @Test
    void a_database_the_target_cannot_export_is_refused_by_lint_and_export_with_its_name() throws Exception {
        Path model = model("blog");
        Files.writeString(model, Files.readString(model).replace("\"database\": \"postgresql\"",
                "\"database\": \"h2\""));

        CliRun lint = CliRun.of("lint", model.toString());
        CliRun export = CliRun.of("export", model.toString(), "--target", "javalin", "--out",
                dir.resolve("h2").toString());

        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("target-capability", "stack.database = H2");
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("The javalin target cannot export stack.database = H2");
        assertThat(dir.resolve("h2")).doesNotExist();
    }

    @Test
    void a_mysql_model_exports_a_mariadb_project() throws Exception {
        Path model = model("blog");
        Files.writeString(model, Files.readString(model).replace("\"database\": \"postgresql\"",
                "\"database\": \"mysql\""));
        Path out = dir.resolve("mysql");

        CliRun run = CliRun.of("export", model.toString(), "--target", "javalin", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("mariadb-java-client", "flyway-mysql")
                .doesNotContain("postgresql");
        assertThat(Files.readString(out.resolve(".env.example"))).contains("jdbc:mariadb://");
    }

    private Path model(String template) {
        Path file = dir.resolve(template + ".stackbench.json");
        CliRun.of("new", "--template", template, "--out", file.toString());
        return file;
    }
}
