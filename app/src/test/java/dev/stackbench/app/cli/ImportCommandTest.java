package dev.stackbench.app.cli;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas"})
    void openapi_of_a_template_imports_to_a_model_that_lints_clean(String template) {
        Path model = dir.resolve(template + ".stackbench.json");
        Path doc = dir.resolve(template + ".yaml");
        Path imported = dir.resolve("imported.stackbench.json");
        CliRun.of("new", "--template", template, "--out", model.toString());
        CliRun.of("openapi", model.toString(), "--out", doc.toString());

        CliRun run = CliRun.of("import", "openapi", doc.toString(), "--out", imported.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + imported).contains(" entities");
        assertThat(run.err()).as("our own document maps completely").doesNotContain("note:");
        CliRun lint = CliRun.of("lint", imported.toString());
        assertThat(lint.exitCode()).as(lint.out()).isZero();
        assertThat(CliRun.of("import", "openapi", doc.toString(), "--out", imported.toString()).err())
                .as("an existing file is not overwritten").contains("exists; pass --force");
    }

    @Test
    void invalid_yaml_exits_two_naming_file_and_line_and_writes_nothing() throws Exception {
        Path doc = dir.resolve("broken.yaml");
        Files.writeString(doc, "openapi: 3.0.0\ninfo:\n  title: x\n  version: [1\npaths: {}\n");
        Path out = dir.resolve("out.stackbench.json");

        CliRun run = CliRun.of("import", "openapi", doc.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(doc.toString()).contains("line 5").contains("not valid YAML");
        assertThat(out).doesNotExist();
    }

    @Test
    void swagger_two_and_missing_files_exit_two_with_the_pointer() throws Exception {
        Path doc = dir.resolve("swagger.json");
        Files.writeString(doc, "{\"swagger\": \"2.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {}}");
        Path out = dir.resolve("out.stackbench.json");

        CliRun swagger = CliRun.of("import", "openapi", doc.toString(), "--out", out.toString());
        CliRun missing = CliRun.of("import", "openapi", dir.resolve("nope.yaml").toString(), "--out", out.toString());

        assertThat(swagger.exitCode()).isEqualTo(2);
        assertThat(swagger.err()).contains(doc + " /openapi: Swagger 2.0 is not supported");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: cannot be read");
        assertThat(out).doesNotExist();
    }

    @Test
    void db_imports_a_live_postgresql_schema_and_refuses_a_bad_url() throws Exception {
        String name = "sb_i17_cli_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        exec("jdbc:postgresql://127.0.0.1:5432/test", "CREATE DATABASE " + name);
        try {
            String url = "jdbc:postgresql://127.0.0.1:5432/" + name;
            exec(url, "CREATE TABLE authors (id BIGSERIAL PRIMARY KEY, email VARCHAR(254) NOT NULL UNIQUE, "
                    + "password_hash VARCHAR(255) NOT NULL, status VARCHAR(20) NOT NULL DEFAULT 'active' "
                    + "CHECK (status IN ('active', 'banned')))");
            exec(url, "CREATE TABLE books (id BIGSERIAL PRIMARY KEY, title VARCHAR(200) NOT NULL "
                    + "CHECK (char_length(title) >= 2), pages INTEGER CHECK (pages >= 1), "
                    + "author_id BIGINT NOT NULL REFERENCES authors (id) ON DELETE CASCADE)");
            Path out = dir.resolve("db.stackbench.json");

            CliRun run = CliRun.of("import", "db", "--url", url, "--user", "postgres", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            Project p = new ModelFiles().load(out);
            assertThat(p.entityNamed("Author")).hasValueSatisfying(a -> {
                assertThat(a.fieldNamed("status").orElseThrow().enumValues()).containsExactly("active", "banned");
                assertThat(a.fieldNamed("status").orElseThrow().defaultValue()).isEqualTo("active");
                assertThat(a.fieldNamed("passwordHash").orElseThrow().sensitive()).isTrue();
            });
            assertThat(p.entityNamed("Book").orElseThrow().fieldNamed("title").orElseThrow().minLength()).isEqualTo(2);
            assertThat(p.entityNamed("Book").orElseThrow().fieldNamed("pages").orElseThrow().min()).isEqualTo(1.0);
            assertThat(p.entityNamed("Book").orElseThrow().relationships()).singleElement()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("author"));
            assertThat(p.userEntity()).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Author"));

            CliRun bad = CliRun.of("import", "db", "--url", "jdbc:sqlite:x.db", "--out", dir.resolve("x.json").toString());
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.err()).contains("jdbc:sqlite:x.db: not a PostgreSQL or MariaDB/MySQL JDBC URL");
        } finally {
            exec("jdbc:postgresql://127.0.0.1:5432/test", "DROP DATABASE " + name);
        }
    }

    private static void exec(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
