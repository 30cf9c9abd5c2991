package dev.stackbench.app.ui;

import dev.stackbench.app.playground.PlaygroundSession;
import dev.stackbench.app.playground.SeedLogin;
import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The top-level window: the start screen (a template or a file), then the project with "Run live" and the
 * playground. Loading, saving and server start run off the JavaFX thread.
 */
final class Shell {
    private final Stage stage;
    private final Label status = new Label("Live server stopped");
    private Project project;
    private LiveServer server;

    Shell(Stage stage) {
        this.stage = stage;
        try (InputStream icon = Shell.class.getResourceAsStream("/icons/stackbench-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // no icon is cosmetic; the window still works
        }
        stage.setOnHidden(e -> stopServer());
    }

    void showStart() {
        ListView<String> templates = new ListView<>();
        templates.getItems().setAll(Templates.NAMES);
        templates.getSelectionModel().select(0);
        Button create = new Button("Create from template");
        create.setDefaultButton(true);
        create.setOnAction(e -> show(Templates.load(templates.getSelectionModel().getSelectedItem())));
        templates.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                create.fire();
            }
        });
        Button open = new Button("Open a model file…");
        open.setOnAction(e -> chooseFile());
        Label title = new Label("Stackbench");
        title.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
        Label subtitle = new Label("Model a backend, run it live, ship it.");
        VBox box = new VBox(12, title, subtitle, new Label("Start from a template"), templates,
                new HBox(8, create, open));
        box.setPadding(new Insets(32));
        box.setMaxWidth(520);
        BorderPane root = new BorderPane(box);
        BorderPane.setAlignment(box, Pos.CENTER);
        stage.setTitle("Stackbench");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Stackbench models", "*.stackbench.json",
                "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    void open(Path file) {
        Task<Project> load = new Task<>() {
            @Override
            protected Project call() throws Exception {
                return new ModelFiles().load(file);
            }
        };
        load.setOnSucceeded(e -> show(load.getValue()));
        load.setOnFailed(e -> {
            error("Cannot open " + file, load.getException().getMessage());
            if (!stage.isShowing()) {
                showStart();
            }
        });
        Thread thread = new Thread(load, "open-model");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(Project opened) {
        this.project = opened;
        Button runLive = new Button("Run live");
        runLive.setId("run-live");
        runLive.setOnAction(e -> toggleServer(runLive, () -> { }));
        Button playground = new Button("Open playground");
        playground.setOnAction(e -> openPlayground(runLive));
        Label name = new Label(opened.meta().name());
        name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        VBox summary = new VBox(8, name, new Label(opened.meta().description()),
                new Label(opened.entities().size() + " entities · " + opened.endpoints().size() + " endpoints · "
                        + opened.channels().size() + " channels · auth: " + opened.auth().strategy()),
                new HBox(8, runLive, playground));
        summary.setPadding(new Insets(24));
        status.setId("server-status");
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(summary);
        root.setBottom(bar);
        stage.setTitle(opened.meta().name() + " — Stackbench");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private void toggleServer(Button runLive, Runnable whenStarted) {
        if (server != null) {
            stopServer();
            runLive.setText("Run live");
            return;
        }
        runLive.setDisable(true);
        status.setText("Starting the live server…");
        Project snapshot = project;
        Task<LiveServer> start = new Task<>() {
            @Override
            protected LiveServer call() {
                return LiveServer.start(snapshot, LiveServerOptions.defaults().withPort(0));
            }
        };
        start.setOnSucceeded(e -> {
            server = start.getValue();
            status.setText("Live at " + server.url());
            runLive.setText("Stop live");
            runLive.setDisable(false);
            whenStarted.run();
        });
        start.setOnFailed(e -> {
            status.setText("Live server failed: " + start.getException().getMessage());
            runLive.setDisable(false);
        });
        Thread thread = new Thread(start, "live-server-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Attaches to the running live server, or starts it first. */
    private void openPlayground(Button runLive) {
        if (server == null) {
            toggleServer(runLive, () -> openPlayground(runLive));
            return;
        }
        PlaygroundSession session = new PlaygroundSession(project, server.url(), server.seedUsers().stream()
                .map(u -> new SeedLogin(u.login(), u.password(), u.role())).toList(), Platform::runLater,
                edit -> project = edit.apply(project));
        new PlaygroundWindow(session).show();
    }

    private void stopServer() {
        LiveServer running = server;
        server = null;
        if (running != null) {
            Thread stop = new Thread(running::stop, "live-server-stop");
            stop.start();
            status.setText("Live server stopped");
        }
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.initOwner(stage.isShowing() ? stage : null);
        alert.show();
    }
}
