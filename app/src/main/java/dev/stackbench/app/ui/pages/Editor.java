package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Project;

import java.util.function.UnaryOperator;

/** Where pages send their edits: one call, one undoable step. */
@FunctionalInterface
public interface Editor {
    void edit(UnaryOperator<Project> change);
}
