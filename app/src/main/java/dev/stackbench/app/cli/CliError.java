package dev.stackbench.app.cli;

/** A failure the CLI reports as one message on stderr with its exit code (1 problem found, 2 bad input). */
final class CliError extends RuntimeException {
    private final int exitCode;

    CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
