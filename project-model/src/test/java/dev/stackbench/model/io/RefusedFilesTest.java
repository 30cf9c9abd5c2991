package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files that are not models this build can read are refused with a clear message and never modified. */
class RefusedFilesTest {
    @TempDir
    Path folder;

    private final ModelFiles files = new ModelFiles();

    @Test
    void a_truncated_file_is_refused_naming_file_line_and_column() throws IOException {
        String whole = ModelJson.write(Templates.load("blog"));
        Path file = write("cut.stackbench.json", whole.substring(0, whole.length() / 2));

        ModelFileException e = refused(file);

        assertThat(e.getMessage()).startsWith(file + " is not valid JSON (line ").contains(", column ");
        assertThat(e.line()).isGreaterThan(100);
        assertThat(e.column()).isPositive();
    }

    @Test
    void a_syntax_error_points_at_its_line_and_column() throws IOException {
        Path file = write("broken.stackbench.json", "{\n  \"formatVersion\": 1,\n  \"project\": {,}\n}\n");

        ModelFileException e = refused(file);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.getMessage()).contains("(line 3, column 15)");
    }

    @Test
    void a_file_that_is_not_json_at_all_is_refused() throws IOException {
        Path file = write("notes.stackbench.json", "# My notes\nnot json\n");

        ModelFileException e = refused(file);

        assertThat(e.getMessage()).startsWith(file + " is not valid JSON (line 1, column 1)");
    }

    @Test
    void json_that_is_not_a_model_is_refused() throws IOException {
        Path array = write("array.json", "[1, 2, 3]\n");
        Path packageJson = write("package.json", "{\"name\": \"web\", \"version\": \"1.0.0\"}\n");
        Path empty = write("empty.json", "");

        assertThat(refused(array).getMessage()).isEqualTo(array + " is not a Stackbench model: it holds a JSON "
                + "array, not an object");
        assertThat(refused(packageJson).getMessage()).contains("is not a Stackbench model");
        assertThat(refused(empty).getMessage()).isEqualTo(empty + " is empty; it is not a Stackbench model");
    }

    @Test
    void a_file_from_a_newer_version_is_refused_with_both_versions() throws IOException {
        Path file = write("future.stackbench.json", "{\"formatVersion\": 7, \"project\": {\"hologram\": true}}");

        assertThat(refused(file).getMessage())
                .isEqualTo(file + " was written by a newer Stackbench (format 7); this build reads up to 1");
    }

    @Test
    void a_non_numeric_format_version_is_refused() throws IOException {
        Path file = write("odd.stackbench.json", "{\"formatVersion\": \"one\", \"project\": {}}");

        assertThat(refused(file).getMessage()).contains("invalid formatVersion \"one\"");
    }

    @Test
    void an_unknown_property_is_refused_with_its_path_and_position() throws IOException {
        String json = ModelJson.write(Project.blank("X")).replace("\"name\": \"X\",",
                "\"name\": \"X\",\n      \"colour\": \"red\",");
        Path file = write("unknown.stackbench.json", json);

        ModelFileException e = refused(file);

        // records bind through their constructor, so Jackson reports the end of the object that holds the property
        int colourLine = json.lines().toList().indexOf("      \"colour\": \"red\",") + 1;
        int metaEnd = json.lines().toList().indexOf("    },") + 1;
        assertThat(e.line()).isBetween(colourLine, metaEnd);
        assertThat(e.getMessage()).contains("does not match the Stackbench model at project.meta.colour (line "
                + e.line() + ", column ").endsWith("unknown property \"colour\"");
    }

    @Test
    void an_unknown_enum_value_is_refused_with_its_path() throws IOException {
        String json = ModelJson.write(Templates.load("blog")).replaceFirst("\"type\": \"string\"",
                "\"type\": \"hologram\"");
        Path file = write("enum.stackbench.json", json);

        assertThat(refused(file).getMessage()).contains("project.entities[0].fields[0].type");
    }

    @Test
    void trailing_content_after_the_document_is_refused() throws IOException {
        Path file = write("twice.stackbench.json", ModelJson.write(Project.blank("X")) + "{}\n");

        assertThat(refused(file).getMessage()).contains("has more content after the end of the model (line ");
    }

    @Test
    void a_missing_file_is_reported_by_name() {
        Path file = folder.resolve("nowhere.stackbench.json");

        assertThat(refused(file).getMessage()).isEqualTo(file + " does not exist");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Loads a file that must be refused, and checks that refusing it did not touch it. */
    private ModelFileException refused(Path file) {
        byte[] before = readOrNull(file);
        ModelFileException e = catchThrowableOfType(ModelFileException.class, () -> files.load(file));
        assertThat(e).as("load must refuse " + file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(readOrNull(file)).isEqualTo(before);
        assertThat(ModelFiles.backupOf(file)).doesNotExist();
        return e;
    }

    private static byte[] readOrNull(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
