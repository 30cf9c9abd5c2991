package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
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
 * The start screen: a starter template, a model file, or work recovered from an earlier session; then the
 * main window. Loading runs off the JavaFX thread.
 */
final class Shell {
    private final Stage stage;
    private final RecoveryStore recovery;

    Shell(Stage stage, RecoveryStore recovery) {
        this.stage = stage;
        this.recovery = recovery;
        try (InputStream icon = Shell.class.getResourceAsStream("/icons/stackbench-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // no icon is cosmetic; the window still works
        }
    }

    void showStart() {
        ListView<String> templates = new ListView<>();
        templates.getItems().setAll(Templates.NAMES);
        templates.getSelectionModel().select(0);
        Button create = new Button("Create from template");
        create.setDefaultButton(true);
        create.setOnAction(e -> show(Templates.load(templates.getSelectionModel().getSelectedItem()), null));
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
        recoverable().ifPresent(box.getChildren()::add);
        box.setPadding(new Insets(32));
        box.setMaxWidth(520);
        BorderPane root = new BorderPane(box);
        BorderPane.setAlignment(box, Pos.CENTER);
        stage.setTitle("Stackbench");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    /** Work autosaved but never saved (a crash, a kill): offered, never applied silently. */
    private java.util.Optional<VBox> recoverable() {
        java.util.List<RecoveryStore.Entry> entries;
        try {
            entries = recovery.list();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
        if (entries.isEmpty()) {
            return java.util.Optional.empty();
        }
        ListView<RecoveryStore.Entry> list = new ListView<>();
        list.setId("recovery-list");
        list.getItems().setAll(entries);
        list.setPrefHeight(90);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RecoveryStore.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.origin().map(Path::toString).orElse(entry.key())
                        + " — autosaved " + entry.savedAt());
            }
        });
        Button restore = new Button("Recover");
        restore.setId("recover");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            RecoveryStore.Entry entry = list.getSelectionModel().getSelectedItem();
            try {
                new MainWindow(stage, ProjectDocument.recovered(recovery.restore(entry), entry.origin().orElse(null)),
                        recovery).show();
            } catch (dev.stackbench.model.io.ModelFileException ex) {
                error("Cannot recover " + entry.key(), ex.getMessage());
            }
        });
        return java.util.Optional.of(new VBox(6, new Label("Unsaved work from an earlier session"), list, restore));
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
        load.setOnSucceeded(e -> show(load.getValue(), file));
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

    private void show(Project opened, Path file) {
        new MainWindow(stage, new ProjectDocument(opened, file), recovery).show();
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.initOwner(stage.isShowing() ? stage : null);
        alert.show();
    }
}
