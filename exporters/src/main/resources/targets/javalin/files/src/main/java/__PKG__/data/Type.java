package {{package}}.data;

/** The SQL types a property can have; each knows its wrong-type message. */
public enum Type {
    VARCHAR("must be a string"), TEXT("must be a string"), INTEGER("must be an integer"),
    BIGINT("must be an integer"), DECIMAL("must be a number"), BOOLEAN("must be a boolean"),
    DATE("must be a date (YYYY-MM-DD)"), TIMESTAMP("must be a date-time (ISO 8601)"), UUID("must be a UUID"),
    JSON("");

    private final String mismatch;

    Type(String mismatch) {
        this.mismatch = mismatch;
    }

    public String mismatch() {
        return mismatch;
    }
}
