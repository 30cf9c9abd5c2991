package dev.stackbench.export;

/** The model makes a choice the export target cannot do; the message names the choice and the target. */
public final class UnsupportedChoiceException extends IllegalArgumentException {
    public UnsupportedChoiceException(String message) {
        super(message);
    }
}
