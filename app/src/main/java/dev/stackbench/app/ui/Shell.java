package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The start screen: a starter template (what each holds, read in the background), a model file, a recent one,
 * or work recovered from an earlier session; then the main window. Loading runs off the JavaFX thread.
 */
final class Shell {
    private final Stage stage;
    private final RecoveryStore recovery;
    private final RecentFiles recent;

    Shell(Stage stage, RecoveryStore recovery, RecentFiles recent) {
        this.stage = stage;
        this.recovery = recovery;
        this.recent = recent;
        try (InputStream icon = Shell.class.getResourceAsStream("/icons/stackbench-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // no icon is cosmetic; the window still works
        }
    }

    void showStart() {
        ListView<TemplateCard> templates = new ListView<>();
        templates.setId("template-list");
        templates.getItems().setAll(Templates.NAMES.stream().map(TemplateCard::named).toList());
        templates.getSelectionModel().select(0);
        templates.setCellFactory(v -> lines(templates, TemplateCard::title, TemplateCard::description,
                TemplateCard::summary));
        templates.setPrefHeight(5 * 76.0);
        loadCards(templates);
        Button create = new Button("Create from template");
        create.setId("create-from-template");
        create.setDefaultButton(true);
        create.setOnAction(e -> show(Templates.load(templates.getSelectionModel().getSelectedItem().name()), null));
        templates.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                create.fire();
            }
        });
        Button open = new Button("Open a model file…");
        open.setId("open-file");
        open.setOnAction(e -> chooseFile());
        ListView<Path> recentList = new ListView<>();
        recentList.setId("recent-files");
        recentList.getItems().setAll(recent.list());
        recentList.setPlaceholder(new Label("Models you open or save appear here."));
        recentList.setCellFactory(v -> lines(recentList, p -> p.getFileName().toString(), p -> "",
                p -> String.valueOf(p.getParent())));
        recentList.setPrefHeight(5 * 48.0);
        recentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recentList.getSelectionModel().getSelectedItem() != null) {
                open(recentList.getSelectionModel().getSelectedItem());
            }
        });
        Label title = new Label("Stackbench");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        if (!stage.getIcons().isEmpty()) {
            javafx.scene.image.ImageView icon = new javafx.scene.image.ImageView(stage.getIcons().get(0));
            icon.setFitWidth(40);
            icon.setFitHeight(40);
            title.setGraphic(icon);
            title.setGraphicTextGap(12);
        }
        Label subtitle = new Label("Model a backend, run it live, ship it.");
        subtitle.getStyleClass().add("hint");
        VBox left = new VBox(10, section("Start a new project"), templates, create);
        VBox right = new VBox(10, section("Open"), open, section("Recent"), recentList);
        recoverable().ifPresent(right.getChildren()::add);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(560);
        right.setPrefWidth(440);
        HBox columns = new HBox(32, left, right);
        VBox page = new VBox(6, title, subtitle, columns);
        page.setPadding(new Insets(36, 48, 36, 48));
        page.setMaxWidth(1120);
        BorderPane root = new BorderPane(page);
        stage.setTitle("Stackbench");
        Scene scene = new Scene(root, 1280, 800);
        dev.stackbench.app.ui.theme.Theme.current().style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** What a template holds, read off the JavaFX thread: the list shows names at once, details when read. */
    private static void loadCards(ListView<TemplateCard> list) {
        Task<List<TemplateCard>> read = new Task<>() {
            @Override
            protected List<TemplateCard> call() {
                return Templates.NAMES.stream().map(n -> TemplateCard.of(n, Templates.load(n))).toList();
            }
        };
        read.setOnSucceeded(e -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(read.getValue());
            list.getSelectionModel().select(selected);
        });
        Thread thread = new Thread(read, "read-templates");
        thread.setDaemon(true);
        thread.start();
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        label.setPadding(new Insets(14, 0, 0, 0));
        return label;
    }

    /** A list cell of a bold title, an optional wrapped description and a muted line of facts. */
    private static <T> javafx.scene.control.ListCell<T> lines(ListView<T> list,
                                                           java.util.function.Function<T, String> title,
                                                           java.util.function.Function<T, String> description,
                                                           java.util.function.Function<T, String> facts) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label top = new Label(title.apply(item));
                top.setStyle("-fx-font-weight: bold;");
                VBox box = new VBox(2, top);
                for (String text : List.of(description.apply(item), facts.apply(item))) {
                    if (!text.isBlank()) {
                        Label line = new Label(text);
                        line.setWrapText(true);
                        line.maxWidthProperty().bind(list.widthProperty().subtract(40));
                        box.getChildren().add(line);
                    }
                }
                if (box.getChildren().size() > 1) {
                    box.getChildren().get(box.getChildren().size() - 1).getStyleClass().add("hint");
                }
                setGraphic(box);
            }
        };
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
                ProjectDocument document = ProjectDocument.recovered(recovery.restore(entry),
                        entry.origin().orElse(null));
                remember(document);
                new MainWindow(stage, document, recovery).show();
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
        ProjectDocument document = new ProjectDocument(opened, file);
        remember(document);
        new MainWindow(stage, document, recovery).show();
    }

    /** The document's file goes on the recent list now and again whenever it is saved under another name. */
    private void remember(ProjectDocument document) {
        if (document.file() != null) {
            recent.add(document.file());
        }
        document.titleProperty().addListener((o, was, now) -> {
            if (document.file() != null) {
                recent.add(document.file());
            }
        });
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.initOwner(stage.isShowing() ? stage : null);
        alert.show();
    }
}
