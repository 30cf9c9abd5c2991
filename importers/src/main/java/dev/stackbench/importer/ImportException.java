package dev.stackbench.importer;

/**
 * The source cannot be imported at all (unreadable, not OpenAPI 3, invalid YAML, a database that refuses us).
 * The message names the source, where in it ({@code location}: line and column, a JSON pointer or a table) and
 * what is wrong; nothing has been written.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String source, String location, String problem) {
        super(source + (location == null || location.isEmpty() ? "" : " " + location) + ": " + problem);
    }

    public ImportException(String source, String location, String problem, Throwable cause) {
        super(source + (location == null || location.isEmpty() ? "" : " " + location) + ": " + problem, cause);
    }
}
