package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Undo, redo, dirty state, title, save and autosave of the edited document, without any window. */
class ProjectDocumentTest {
    @TempDir
    Path dir;

    private static Project renamed(Project p, String name) {
        return p.withEntity("ent_post", e -> e.withField("fld_post_title", f -> f.withName(name)));
    }

    @Test
    void every_edit_is_one_undo_step_and_redo_replays_it() {
        ProjectDocument doc = new ProjectDocument(Templates.load("blog"), null);
        Project original = doc.project();
        doc.edit(p -> renamed(p, "headline"));
        doc.edit(p -> renamed(p, "heading"));
        doc.undo();
        assertThat(doc.project()).isEqualTo(renamed(original, "headline"));
        doc.undo();
        assertThat(doc.project()).isEqualTo(original);
        assertThat(doc.canUndoProperty().get()).isFalse();
        doc.redo();
        assertThat(doc.project()).isEqualTo(renamed(original, "headline"));
        doc.edit(p -> renamed(p, "subject"));
        assertThat(doc.canRedoProperty().get()).as("a new edit drops the redo stack").isFalse();
    }

    @Test
    void an_edit_that_changes_nothing_is_not_recorded() {
        ProjectDocument doc = new ProjectDocument(Templates.load("blog"), dir.resolve("blog.stackbench.json"));
        doc.edit(p -> p);
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(doc.dirtyProperty().get()).isFalse();
    }

    @Test
    void the_title_carries_a_star_until_the_snapshot_is_saved_and_undo_to_the_saved_state_clears_it()
            throws Exception {
        Path file = dir.resolve("blog.stackbench.json");
        ProjectDocument doc = new ProjectDocument(Templates.load("blog"), file);
        assertThat(doc.titleProperty().get()).isEqualTo("Blog — blog.stackbench.json — Stackbench");
        doc.edit(p -> renamed(p, "headline"));
        assertThat(doc.titleProperty().get()).endsWith(" * — Stackbench");
        ProjectDocument.write(file, doc.project());
        doc.saved(file, doc.project());
        assertThat(doc.dirtyProperty().get()).isFalse();
        assertThat(new ModelFiles().load(file)).isEqualTo(doc.project());
        doc.undo();
        assertThat(doc.dirtyProperty().get()).isTrue();
        doc.redo();
        assertThat(doc.dirtyProperty().get()).isFalse();
    }

    @Test
    void autosave_goes_to_the_recovery_store_never_over_the_file() throws Exception {
        Path file = dir.resolve("blog.stackbench.json");
        ProjectDocument.write(file, Templates.load("blog"));
        ProjectDocument doc = new ProjectDocument(new ModelFiles().load(file), file);
        doc.edit(p -> renamed(p, "headline"));
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        doc.autosave(store);
        assertThat(new ModelFiles().load(file)).isEqualTo(Templates.load("blog"));
        assertThat(store.list()).hasSize(1);
        assertThat(store.restore(store.list().get(0))).isEqualTo(doc.project());
    }
}
