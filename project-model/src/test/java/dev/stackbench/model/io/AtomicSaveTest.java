package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicSaveTest {
    @TempDir
    Path folder;

    private final Project blog = Templates.load("blog");

    @Test
    void save_keeps_the_previous_file_as_bak_and_leaves_no_temporary_files() throws IOException {
        Path file = folder.resolve("shop.stackbench.json");
        ModelFiles files = new ModelFiles();
        files.save(file, blog);
        byte[] first = Files.readAllBytes(file);
        assertThat(ModelFiles.backupOf(file)).doesNotExist();

        files.save(file, renamed("Shop"));

        assertThat(ModelFiles.backupOf(file)).hasBinaryContent(first);
        assertThat(files.load(file).meta().name()).isEqualTo("Shop");
        assertThat(namesIn(folder)).containsExactlyInAnyOrder("shop.stackbench.json", "shop.stackbench.json.bak");
    }

    @ParameterizedTest
    @EnumSource(FailingFileOps.Step.class)
    void a_failure_at_any_step_leaves_the_file_and_its_bak_byte_identical(FailingFileOps.Step step)
            throws IOException {
        Path file = folder.resolve("shop.stackbench.json");
        new ModelFiles().save(file, renamed("First"));
        new ModelFiles().save(file, renamed("Second"));
        byte[] original = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(ModelFiles.backupOf(file));

        assertThatThrownBy(() -> new ModelFiles(new FailingFileOps(step)).save(file, renamed("Third")))
                .isInstanceOf(IOException.class).hasMessageContaining("injected");

        assertThat(file).hasBinaryContent(original);
        assertThat(ModelFiles.backupOf(file)).hasBinaryContent(backup);
        assertThat(namesIn(folder)).containsExactlyInAnyOrder("shop.stackbench.json", "shop.stackbench.json.bak");
    }

    @ParameterizedTest
    @EnumSource(FailingFileOps.Step.class)
    void a_failed_first_save_creates_no_file(FailingFileOps.Step step) throws IOException {
        Path file = folder.resolve("new.stackbench.json");

        assertThatThrownBy(() -> new ModelFiles(new FailingFileOps(step)).save(file, blog))
                .isInstanceOf(IOException.class);

        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void saving_into_a_missing_folder_fails_without_creating_it() {
        Path file = folder.resolve("missing/shop.stackbench.json");

        assertThatThrownBy(() -> new ModelFiles().save(file, blog)).isInstanceOf(IOException.class);

        assertThat(folder.resolve("missing")).doesNotExist();
    }

    private Project renamed(String name) {
        return blog.withMeta(new ProjectMeta(name, blog.meta().description(), "0.1.0", "com.example.shop"));
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
