package dev.stackbench.model.advisor;

import dev.stackbench.model.Project;

import java.util.function.UnaryOperator;

/** A mechanical fix the UI can apply with one click: a label and a pure function from project to project. */
public record QuickFix(String label, UnaryOperator<Project> apply) {
}
