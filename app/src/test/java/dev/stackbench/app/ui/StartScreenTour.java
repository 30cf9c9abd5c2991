package dev.stackbench.app.ui;

import dev.stackbench.app.Screenshots;
import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: the start screen with two recent models, saved as docs/screenshots/start.png. Run under Xvfb:
 * {@code DISPLAY=:42 java -cp <app test classpath> dev.stackbench.app.ui.StartScreenTour docs/screenshots}
 */
public final class StartScreenTour {
    private StartScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path home = Files.createTempDirectory("start-tour");
        RecentFiles recent = new RecentFiles(home.resolve("recent.txt"));
        for (String name : new String[] {"chat", "blog"}) {
            Path file = Files.createDirectories(home.resolve("projects/" + name)).resolve(name + ".stackbench.json");
            ProjectDocument.write(file, Templates.load(name));
            recent.add(file);
        }
        Screenshots.startFx();
        Stage[] stage = new Stage[1];
        Screenshots.fx(() -> {
            stage[0] = new Stage();
            new Shell(stage[0], new RecoveryStore(home.resolve("recovery")), recent).showStart();
        });
        Thread.sleep(1500); // the template details are read in the background
        Screenshots.shoot(stage[0], out.resolve("start.png"));
        Platform.exit();
    }
}
