package dev.stackbench.importer;

/**
 * One thing the import did not carry over as is: the source ({@code file} — a path, URL or JDBC URL), where in it
 * ({@code pointer}: a JSON pointer for documents, {@code table.column} for databases) and why.
 */
public record ImportNote(String file, String pointer, String why) {
    @Override
    public String toString() {
        return file + (pointer == null || pointer.isEmpty() ? "" : " " + pointer) + ": " + why;
    }
}
