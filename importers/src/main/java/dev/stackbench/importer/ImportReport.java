package dev.stackbench.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an import could not map, collected while it runs; {@link #notes()} is the finished, ordered list.
 * {@code origin} turns a pointer into the bundled document back into the file and pointer it came from.
 */
public final class ImportReport {
    private final String file;
    private final Function<String, ImportNote> origin;
    private final List<ImportNote> notes = new ArrayList<>();

    public ImportReport(String file) {
        this.file = file;
        this.origin = pointer -> new ImportNote(file, pointer, "");
    }

    public ImportReport(String file, Function<String, ImportNote> origin) {
        this.file = file;
        this.origin = origin;
    }

    public void note(String pointer, String why) {
        ImportNote where = origin.apply(pointer);
        notes.add(new ImportNote(where.file(), where.pointer(), why));
    }

    public List<ImportNote> notes() {
        return List.copyOf(notes);
    }

    public String file() {
        return file;
    }
}
