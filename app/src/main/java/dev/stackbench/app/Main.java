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
            if (noDisplay()) {
                System.err.println("stackbench: no display to open the desktop app on (DISPLAY is not set); "
                        + "commands run without one, see stackbench --help");
                System.exit(2);
            }
            Desktop.launch(args);
            return;
        }
        System.exit(Cli.execute(args, System.out, System.err));
    }

    /** On Linux, JavaFX would die with a stack trace without X11 or Wayland (headless Monocle aside). */
    private static boolean noDisplay() {
        return System.getProperty("os.name", "").startsWith("Linux") && System.getProperty("glass.platform") == null
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
