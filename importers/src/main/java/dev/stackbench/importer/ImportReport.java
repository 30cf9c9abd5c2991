package dev.stackbench.importer;

import java.util.ArrayList;
import java.util.List;

/** What an import could not map, collected while it runs; {@link #notes()} is the finished, ordered list. */
public final class ImportReport {
    private final String file;
    private final List<ImportNote> notes = new ArrayList<>();

    public ImportReport(String file) {
        this.file = file;
    }

    public void note(String pointer, String why) {
        notes.add(new ImportNote(file, pointer, why));
    }

    public List<ImportNote> notes() {
        return List.copyOf(notes);
    }

    public String file() {
        return file;
    }
}
