package dev.stackbench.export;

import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-export into an earlier export: user edits survive, model changes arrive, conflicts are never clobbered. */
class ExportEngineTest {
    private static final String POST_SERVICE = "src/main/java/com/example/blog/posts/PostService.java";
    private static final String POST_SCHEMA = "src/main/java/com/example/blog/posts/PostSchema.java";
    private static final String V1 = "src/main/resources/db/migration/V1__initial_schema.sql";
    private final ExportEngine engine = new ExportEngine(line -> { });
    private final Project blog = Templates.load("blog");

    @Test
    void the_same_model_exports_byte_identical_files() {
        assertThat(ExportEngine.render(blog, "javalin")).isEqualTo(ExportEngine.render(Templates.load("blog"),
                "javalin"));
    }

    @Test
    void a_second_export_of_an_unchanged_model_changes_nothing(@TempDir Path out) throws Exception {
        engine.export(blog, "javalin", out, false);
        ExportResult again = engine.export(blog, "javalin", out, false);
        assertThat(again.written()).isEmpty();
        assertThat(again.conflicts()).isEmpty();
    }

    @Test
    void a_user_edit_is_kept_and_a_model_change_is_merged_beside_it(@TempDir Path out) throws Exception {
        engine.export(blog, "javalin", out, false);
        String edited = read(out, POST_SERVICE).replace("        return crud.get(id, caller, access);",
                "        // audit: reads are logged by the gateway\n        return crud.get(id, caller, access);");
        Files.writeString(out.resolve(POST_SERVICE), edited);

        ExportResult result = engine.export(withSubtitle(blog), "javalin", out, false);

        assertThat(result.kept()).contains(POST_SERVICE);
        assertThat(read(out, POST_SERVICE)).contains("// audit: reads are logged by the gateway");
        assertThat(result.written()).contains(POST_SCHEMA);
        assertThat(read(out, POST_SCHEMA)).contains("\"subtitle\"");
    }

    @Test
    void a_schema_change_adds_a_migration_and_never_rewrites_an_applied_one(@TempDir Path out) throws Exception {
        engine.export(blog, "javalin", out, false);
        String v1 = read(out, V1);

        ExportResult result = engine.export(withSubtitle(blog), "javalin", out, false);

        assertThat(read(out, V1)).isEqualTo(v1);
        assertThat(result.migrationsAdded()).containsExactly("src/main/resources/db/migration/V2__model_change.sql");
        assertThat(read(out, "src/main/resources/db/migration/V2__model_change.sql"))
                .contains("ALTER TABLE \"posts\" ADD COLUMN \"subtitle\" VARCHAR(120)");
    }

    @Test
    void a_real_conflict_is_written_beside_the_file_and_the_users_version_stays(@TempDir Path out) throws Exception {
        engine.export(blog, "javalin", out, false);
        String mine = read(out, POST_SCHEMA).replace(".length(3, 200)", ".length(3, 250)");
        Files.writeString(out.resolve(POST_SCHEMA), mine);
        Project shorterTitles = blog.withEntity("ent_post", e -> e.withField("fld_post_title",
                f -> f.withLength(f.minLength(), 180)));

        ExportResult result = engine.export(shorterTitles, "javalin", out, false);

        assertThat(result.conflicts()).contains(POST_SCHEMA);
        assertThat(read(out, POST_SCHEMA + ".stackbench-new")).contains(".length(3, 180)");
        assertThat(read(out, POST_SCHEMA)).isEqualTo(mine);
    }

    @Test
    void the_checklist_points_at_the_exported_line_that_satisfies_each_item(@TempDir Path out) throws Exception {
        engine.export(blog, "javalin", out, false);
        String checklist = read(out, "checklist.json");
        assertThat(checklist).contains("\"file\" : \"src/main/java/com/example/blog/ops/OpsRoutes.java\"");
        List<String> lines = Files.readAllLines(out.resolve("src/main/java/com/example/blog/web/SecurityHeaders.java"));
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("X-Content-Type-Options")).findFirst()
                .orElseThrow()) + 1;
        assertThat(checklist).contains("\"file\" : \"src/main/java/com/example/blog/web/SecurityHeaders.java\",\n"
                + "      \"line\" : " + line);
    }

    @Test
    void a_schema_change_on_mysql_adds_a_mysql_migration_that_mariadb_applies(@TempDir Path out) throws Exception {
        Project mysql = ExportedProjectsBuildTest.onMysql(blog);
        engine.export(mysql, "javalin", out, false);
        ExportResult result = engine.export(withSubtitle(mysql), "javalin", out, false);

        String v2 = read(out, "src/main/resources/db/migration/V2__model_change.sql");
        assertThat(result.migrationsAdded()).containsExactly("src/main/resources/db/migration/V2__model_change.sql");
        assertThat(v2).contains("ALTER TABLE `posts` ADD COLUMN `subtitle` VARCHAR(120)");
        String database = "export_migration_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            try {
                s.execute("USE " + database);
                for (String sql : (read(out, V1) + v2).split(";\n")) {
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        s.execute(sql);
                    }
                }
                assertThat(s.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '"
                        + database + "' AND table_name = 'posts' AND column_name = 'subtitle'"))
                        .satisfies(rs -> assertThat(rs.next() && rs.getInt(1) == 1).isTrue());
            } finally {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    private static Project withSubtitle(Project p) {
        return p.withEntity("ent_post", e -> {
            List<Field> fields = new ArrayList<>(e.fields());
            fields.add(Field.of("fld_post_subtitle", "subtitle", FieldType.STRING).withLength(null, 120));
            return e.withFields(fields);
        });
    }

    private static String read(Path out, String path) throws Exception {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }
}
