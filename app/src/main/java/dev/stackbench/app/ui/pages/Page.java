package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Project;
import javafx.scene.Node;

/**
 * One editor page of the main window. Pages show the current snapshot ({@link #show}) and send every change as
 * one edit of the document, so undo, redo, autosave and hot reload see all of them.
 */
public interface Page {
    Node view();

    void show(Project project);

    /** Selects the element (and part) a problem points at; pages without selection ignore it. */
    default void select(String elementId, String partId) {
    }
}
