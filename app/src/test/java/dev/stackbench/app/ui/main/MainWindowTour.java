package dev.stackbench.app.ui.main;

import dev.stackbench.app.Screenshots;
import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: opens the blog in the main window and saves a PNG of each phase's main page into docs/screenshots
 * (and the diagram in the dark theme). Run under Xvfb:
 * {@code DISPLAY=:42 java -cp <app test classpath> dev.stackbench.app.ui.main.MainWindowTour docs/screenshots}
 */
public final class MainWindowTour {
    private MainWindowTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Screenshots.startFx();
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        Screenshots.fx(() -> {
            stage[0] = new Stage();
            window[0] = new MainWindow(stage[0], new ProjectDocument(Templates.load("blog"), null),
                    new RecoveryStore(Path.of(System.getProperty("java.io.tmpdir"), "stackbench-tour")));
            window[0].show();
            window[0].document().edit(p -> p.withLayout(dev.stackbench.app.ui.pages.DiagramPage.autoLayout(p)));
        });
        Screenshots.fx(() -> ((TableView<?>) stage[0].getScene().lookup("#problems")).getSelectionModel().select(0));
        Screenshots.fx(() -> window[0].go("requirements"));
        Screenshots.fx(() -> ((TableView<?>) stage[0].getScene().lookup("#feature-table")).getSelectionModel()
                .select(0));
        Screenshots.shoot(stage[0], out.resolve("main-requirements.png"));
        shot(stage[0], window[0], "diagram", out.resolve("main-diagram.png"));
        shot(stage[0], window[0], "entity:ent_post", out.resolve("main-entity.png"));
        shot(stage[0], window[0], "auth", out.resolve("main-auth.png"));
        Screenshots.fx(() -> ((javafx.scene.control.TabPane) stage[0].getScene().lookup(".tab-pane"))
                .getSelectionModel().select(2));
        Screenshots.shoot(stage[0], out.resolve("main-auth-roles.png"));
        shot(stage[0], window[0], "realtime", out.resolve("main-realtime.png"));
        Screenshots.fx(() -> window[0].go("endpoints"));
        Thread.sleep(300); // a layout pulse builds the split pane's skin, which holds the table
        Screenshots.fx(() -> ((TableView<?>) stage[0].getScene().lookup("#endpoint-table")).getSelectionModel()
                .select(6));
        Screenshots.shoot(stage[0], out.resolve("main-endpoints.png"));
        shot(stage[0], window[0], "checklist", out.resolve("main-checklist.png"));
        shot(stage[0], window[0], "production", out.resolve("main-production.png"));
        Screenshots.fx(() -> ((javafx.scene.control.TabPane) stage[0].getScene().lookup("#production-tabs"))
                .getSelectionModel().select(1));
        Screenshots.shoot(stage[0], out.resolve("main-production-limits.png"));
        Screenshots.fx(() -> window[0].toggleTheme());
        shot(stage[0], window[0], "diagram", out.resolve("main-diagram-dark.png"));
        Platform.exit();
    }

    private static void shot(Stage stage, MainWindow window, String page, Path file) throws Exception {
        Screenshots.fx(() -> window.go(page));
        Screenshots.shoot(stage, file);
    }
}
