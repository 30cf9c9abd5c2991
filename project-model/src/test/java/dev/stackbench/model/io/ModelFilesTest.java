package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.sample.LargeModel;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFilesTest {
    @TempDir
    Path folder;

    private final ModelFiles files = new ModelFiles();

    @TestFactory
    Stream<DynamicTest> every_template_survives_save_and_load_unchanged() {
        return Templates.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Project template = Templates.load(name);
            Path file = folder.resolve(name + ".stackbench.json");
            files.save(file, template);
            assertThat(files.load(file)).isEqualTo(template);
        }));
    }

    @Test
    void a_300_entity_model_survives_save_and_load_unchanged() throws IOException {
        Project large = LargeModel.generate(300);
        Path file = folder.resolve("large.stackbench.json");

        files.save(file, large);

        assertThat(large.endpoints()).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(files.load(file)).isEqualTo(large);
    }

    @Test
    void two_saves_of_the_same_project_are_byte_identical() throws IOException {
        Project blog = Templates.load("blog");
        Path first = folder.resolve("a.stackbench.json");
        Path second = folder.resolve("b.stackbench.json");

        files.save(first, blog);
        files.save(second, files.load(first));

        assertThat(second).hasBinaryContent(Files.readAllBytes(first));
    }

    @Test
    void changing_one_field_changes_only_the_lines_of_that_field() {
        Project blog = Templates.load("blog");
        Project edited = blog.withEntity("ent_post", e -> e.withField("fld_post_title", f -> f.withLength(5, 150)));

        List<String> before = ModelJson.write(blog).lines().toList();
        List<String> after = ModelJson.write(edited).lines().toList();

        assertThat(after).hasSameSizeAs(before);
        assertThat(changedLines(before, after)).containsExactly(
                "\"minLength\": 3,|\"minLength\": 5,", "\"maxLength\": 200,|\"maxLength\": 150,");
    }

    @Test
    void adding_an_element_to_a_list_adds_one_line_and_a_comma() {
        Project blog = Templates.load("blog");
        Project edited = blog.withEndpoint("ent_post.list", e -> e.withSortable(
                List.of("createdAt", "publishedAt", "title", "updatedAt")));

        List<String> before = ModelJson.write(blog).lines().toList();
        List<String> after = ModelJson.write(edited).lines().toList();
        int first = firstDifference(before, after);

        assertThat(after).hasSize(before.size() + 1);
        assertThat(before.get(first).strip()).isEqualTo("\"title\"");
        assertThat(after.get(first).strip()).isEqualTo("\"title\",");
        assertThat(after.get(first + 1).strip()).isEqualTo("\"updatedAt\"");
        assertThat(after.subList(first + 2, after.size())).isEqualTo(before.subList(first + 1, before.size()));
    }

    @Test
    void the_file_is_utf8_with_unix_line_ends_and_a_final_newline() throws IOException {
        Path file = folder.resolve("blog.stackbench.json");
        Project blog = Templates.load("blog");
        files.save(file, blog.withMeta(new ProjectMeta("Blog", "Café ☕", "0.1.0", "com.example.blog")));

        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n").contains("Café ☕").doesNotContain("\r")
                .endsWith("}\n");
    }

    private static int firstDifference(List<String> before, List<String> after) {
        int i = 0;
        while (before.get(i).equals(after.get(i))) {
            i++;
        }
        return i;
    }

    private static List<String> changedLines(List<String> before, List<String> after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i).strip() + "|" + after.get(i).strip());
            }
        }
        return changed;
    }
}
