package dev.stackbench.app;

import dev.stackbench.app.cli.Cli;

/**
 * Entry point of the jar, the script and the packaged launcher. Without a command (or with just a model file)
 * it opens the desktop app; with a command it runs headless and never loads a JavaFX class. It must not
 * extend {@code Application}: a shaded jar whose main class does fails with "JavaFX runtime components are
 * missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.wantsDesktop(args)) {
            Desktop.launch(args);
            return;
        }
        System.exit(Cli.execute(args, System.out, System.err));
    }
}
