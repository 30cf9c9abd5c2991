package {{package}}.db;

/** The database cannot be reached or migrated: the app refuses to start. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
