package dev.stackbench.importer;

import dev.stackbench.model.Project;

import java.util.List;

/** An imported model and the notes on what did not map. */
public record ImportResult(Project project, List<ImportNote> notes) {
    public ImportResult {
        notes = List.copyOf(notes);
    }
}
