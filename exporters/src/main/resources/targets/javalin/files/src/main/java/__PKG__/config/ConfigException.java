package {{package}}.config;

/** A configuration problem the operator must fix before the app can start. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
