package dev.stackbench.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be opened: not JSON, not a Stackbench model, written by a newer version, or not
 * matching the model. The message names the file and, for JSON errors, the line and column; {@link #line()}
 * and {@link #column()} are -1 when no position applies.
 */
public final class ModelFileException extends IOException {
    private final transient Path file;
    private final int line;
    private final int column;

    public ModelFileException(Path file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public ModelFileException(Path file, String message) {
        this(file, -1, -1, message, null);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
