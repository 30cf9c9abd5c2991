package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> failuresBeforeTheCommit() {
        return Stream.of(Arguments.of(FailingFileOps.Step.WRITE, 1), Arguments.of(FailingFileOps.Step.WRITE, 2),
                Arguments.of(FailingFileOps.Step.FORCE, 1), Arguments.of(FailingFileOps.Step.FORCE, 2),
                Arguments.of(FailingFileOps.Step.MOVE, 1));
    }

    @ParameterizedTest(name = "{0} call {1} fails")
    @MethodSource("failuresBeforeTheCommit")
    void a_failure_at_any_step_leaves_the_file_and_its_bak_byte_identical(FailingFileOps.Step step, int nth)
            throws IOException {
        Path file = folder.resolve("shop.stackbench.json");
        new ModelFiles().save(file, renamed("First"));
        new ModelFiles().save(file, renamed("Second"));
        byte[] original = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(ModelFiles.backupOf(file));

        assertThatThrownBy(() -> new ModelFiles(new FailingFileOps(step, nth)).save(file, renamed("Third")))
                .isInstanceOf(IOException.class).hasMessageContaining("injected");

        assertThat(file).hasBinaryContent(original);
        assertThat(ModelFiles.backupOf(file)).hasBinaryContent(backup);
        assertThat(namesIn(folder)).containsExactlyInAnyOrder("shop.stackbench.json", "shop.stackbench.json.bak");
    }

    @Test
    void when_only_the_backup_cannot_be_moved_into_place_the_save_stands_and_says_so() throws IOException {
        Path file = folder.resolve("shop.stackbench.json");
        new ModelFiles().save(file, renamed("First"));
        new ModelFiles().save(file, renamed("Second"));
        byte[] backup = Files.readAllBytes(ModelFiles.backupOf(file));

        assertThatThrownBy(() -> new ModelFiles(new FailingFileOps(FailingFileOps.Step.MOVE, 2))
                .save(file, renamed("Third"))).isInstanceOf(IOException.class)
                .hasMessageContaining("was saved, but its backup");

        assertThat(new ModelFiles().load(file).meta().name()).isEqualTo("Third");
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
    void saving_through_a_symbolic_link_replaces_its_target_and_keeps_the_link() throws IOException {
        Path real = folder.resolve("real.stackbench.json");
        new ModelFiles().save(real, renamed("First"));
        Path link = Files.createSymbolicLink(folder.resolve("link.stackbench.json"), real);

        new ModelFiles().save(link, renamed("Second"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(new ModelFiles().load(real).meta().name()).isEqualTo("Second");
        assertThat(new ModelFiles().load(ModelFiles.backupOf(real)).meta().name()).isEqualTo("First");
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
