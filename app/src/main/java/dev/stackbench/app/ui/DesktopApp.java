package dev.stackbench.app.ui;

import dev.stackbench.model.io.RecoveryStore;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: opens the model file given on the command line, or the start screen. */
public final class DesktopApp extends Application {
    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** Autosaves live in the user's home, never beside (or over) the model file. */
    static Path recoveryFolder() {
        String configured = System.getProperty("stackbench.recovery");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".stackbench",
                "recovery");
    }

    @Override
    public void start(Stage stage) {
        dev.stackbench.app.ui.theme.OsAppearance.preferred().apply();
        List<String> args = getParameters().getUnnamed();
        Shell shell = new Shell(stage, new RecoveryStore(recoveryFolder()),
                new RecentFiles(recoveryFolder().resolveSibling("recent.txt")));
        if (args.isEmpty()) {
            shell.showStart();
        } else {
            shell.open(Path.of(args.get(0)));
        }
    }
}
