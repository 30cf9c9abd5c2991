package dev.stackbench.app;

/** Starts the JavaFX desktop app; the only path from {@link Main} that loads JavaFX classes. */
final class Desktop {
    private Desktop() {
    }

    static void launch(String[] args) {
        dev.stackbench.app.ui.DesktopApp.launch(args);
    }
}
