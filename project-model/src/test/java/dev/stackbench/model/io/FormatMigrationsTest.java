package dev.stackbench.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormatMigrationsTest {
    @TempDir
    Path folder;

    @Test
    void a_draft_without_format_version_opens_as_the_same_project() throws IOException {
        Project blog = Templates.load("blog");
        JsonNode current = ModelJson.mapper().readTree(ModelJson.write(blog));
        String draft = ModelJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(current.get("project"));
        Path file = Files.writeString(folder.resolve("draft.stackbench.json"), draft);

        assertThat(new ModelFiles().load(file)).isEqualTo(blog);
        assertThat(file).hasContent(draft);
    }

    @Test
    void migrating_a_draft_wraps_the_project_under_version_1() throws IOException {
        JsonNode draft = ModelJson.mapper().readTree("{\"meta\": {\"name\": \"Old\"}, \"entities\": []}");

        JsonNode migrated = FormatMigrations.toCurrent(draft, FormatMigrations.versionOf(draft));

        assertThat(migrated.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(migrated.get("project")).isEqualTo(draft);
    }

    @Test
    void a_draft_saved_again_is_written_in_the_current_format() throws IOException {
        Path file = Files.writeString(folder.resolve("old.stackbench.json"), "{\"meta\": {\"name\": \"Old\"}}");
        ModelFiles files = new ModelFiles();

        files.save(file, files.load(file));

        JsonNode saved = ModelJson.mapper().readTree(file.toFile());
        assertThat(FormatMigrations.versionOf(saved)).isEqualTo(ModelJson.FORMAT_VERSION);
        assertThat(saved.at("/project/meta/name").asText()).isEqualTo("Old");
        assertThat(ModelFiles.backupOf(file)).hasContent("{\"meta\": {\"name\": \"Old\"}}");
    }

    @Test
    void the_version_of_a_document_reads_its_format_version_strictly() throws IOException {
        ObjectNode doc = (ObjectNode) ModelJson.mapper().readTree("{\"formatVersion\": 1}");

        assertThat(FormatMigrations.versionOf(doc)).isEqualTo(1);
        assertThat(FormatMigrations.versionOf(doc.put("formatVersion", "1"))).isEqualTo(-1);
        assertThat(FormatMigrations.versionOf(doc.put("formatVersion", 1.5))).isEqualTo(-1);
        assertThat(FormatMigrations.versionOf(doc.without("formatVersion"))).isZero();
    }
}
