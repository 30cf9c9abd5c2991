package dev.stackbench.model.io;

import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryStoreTest {
    @TempDir
    Path home;

    @Test
    void an_autosave_is_listed_and_restored_without_touching_the_users_file() throws IOException {
        Path userFile = home.resolve("work/blog.stackbench.json");
        Files.createDirectories(userFile.getParent());
        new ModelFiles().save(userFile, Templates.load("blog"));
        byte[] saved = Files.readAllBytes(userFile);
        Project edited = Templates.load("blog").withEntity("ent_tag", e -> e.withName("Label"));
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));

        store.autosave(RecoveryStore.keyFor(userFile), userFile, edited);

        RecoveryStore.Entry entry = store.list().get(0);
        assertThat(entry.key()).isEqualTo(RecoveryStore.keyFor(userFile));
        assertThat(entry.origin()).contains(userFile.toAbsolutePath());
        assertThat(store.restore(entry)).isEqualTo(edited);
        assertThat(userFile).hasBinaryContent(saved);
    }

    @Test
    void an_unsaved_project_is_recovered_without_an_origin() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));

        store.autosave("untitled-1", null, Project.blank("Sketch"));

        assertThat(store.list()).singleElement().satisfies(entry -> {
            assertThat(entry.origin()).isEqualTo(Optional.empty());
            assertThat(store.restore(entry).meta().name()).isEqualTo("Sketch");
        });
    }

    @Test
    void a_later_autosave_replaces_the_earlier_one_and_discard_removes_it() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        store.autosave("untitled-1", null, Project.blank("One"));
        store.autosave("untitled-1", null, Project.blank("Two"));
        store.autosave("untitled-2", null, Project.blank("Other"));

        assertThat(store.list()).hasSize(2);
        store.discard("untitled-1");

        assertThat(store.list()).extracting(RecoveryStore.Entry::key).containsExactly("untitled-2");
        assertThat(home.resolve("recovery")).isDirectoryNotContaining("glob:**untitled-1*");
    }

    @Test
    void an_empty_or_missing_folder_has_nothing_to_recover() throws IOException {
        assertThat(new RecoveryStore(home.resolve("never-created")).list()).isEmpty();
    }

    @Test
    void a_key_cannot_name_a_file_outside_the_folder() {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));

        assertThatThrownBy(() -> store.autosave("../escape", null, Project.blank("X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(home.resolve("escape.stackbench.json")).doesNotExist();
    }
}
