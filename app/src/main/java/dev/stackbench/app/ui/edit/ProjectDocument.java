package dev.stackbench.app.ui.edit;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.RecoveryStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * The open model as the UI edits it: the current snapshot, undo and redo stacks of snapshots (one per user
 * action), the file it belongs to and whether it changed since the last save. Saving and autosave write a
 * snapshot, so they can run off the JavaFX thread while editing goes on. No scene types here.
 */
public final class ProjectDocument {
    private static final int HISTORY = 200;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Deque<Project> undo = new ArrayDeque<>();
    private final Deque<Project> redo = new ArrayDeque<>();
    private Path file;
    private Project saved;

    public ProjectDocument(Project opened, Path file) {
        this(opened, file, file == null ? null : opened);
    }

    private ProjectDocument(Project opened, Path file, Project saved) {
        this.file = file;
        this.saved = saved;
        project.set(opened);
        refresh();
    }

    /** Work restored from the recovery store: it belongs to {@code file} but is not what the file holds. */
    public static ProjectDocument recovered(Project restored, Path file) {
        return new ProjectDocument(restored, file, null);
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** {@code Blog — blog.stackbench.json*}: the window title, with a star while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public Path file() {
        return file;
    }

    /** Applies one user action; an edit that changes nothing is not recorded. */
    public void edit(UnaryOperator<Project> change) {
        Project before = project.get();
        Project after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.push(before);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        project.set(after);
        refresh();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(project.get());
            project.set(undo.pop());
            refresh();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(project.get());
            project.set(redo.pop());
            refresh();
        }
    }

    /** Writes {@code snapshot} atomically (call off the JavaFX thread), then {@link #saved} on it. */
    public static void write(Path target, Project snapshot) throws IOException {
        new ModelFiles().save(target, snapshot);
    }

    /** Marks {@code snapshot} as what is on disk at {@code target}: clean unless edits came since. */
    public void saved(Path target, Project snapshot) {
        file = target;
        saved = snapshot;
        refresh();
    }

    /** Writes the current snapshot to the recovery store (never over the user's file). */
    public void autosave(RecoveryStore store) throws IOException {
        autosave(store, file, project.get());
    }

    /** Writes {@code snapshot} of the document at {@code file} to the recovery store (call off the FX thread). */
    public static void autosave(RecoveryStore store, Path file, Project snapshot) throws IOException {
        store.autosave(RecoveryStore.keyFor(file == null ? Path.of(snapshot.meta().name()) : file), file, snapshot);
    }

    private void refresh() {
        Project current = project.get();
        boolean changed = saved == null || !saved.equals(current);
        dirty.set(changed);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        String where = file == null ? "unsaved" : file.getFileName().toString();
        title.set(current.meta().name() + " — " + where + (changed ? " *" : "") + " — Stackbench");
    }
}
