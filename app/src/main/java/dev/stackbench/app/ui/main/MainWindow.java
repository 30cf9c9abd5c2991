package dev.stackbench.app.ui.main;

import dev.stackbench.app.playground.PlaygroundSession;
import dev.stackbench.app.playground.SeedLogin;
import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.export.ExportWizard;
import dev.stackbench.app.ui.importing.ImportDialog;
import dev.stackbench.app.ui.pages.AuthPage;
import dev.stackbench.app.ui.pages.ChecklistPage;
import dev.stackbench.app.ui.pages.DiagramPage;
import dev.stackbench.app.ui.pages.EndpointsPage;
import dev.stackbench.app.ui.pages.EntityPage;
import dev.stackbench.app.ui.pages.Page;
import dev.stackbench.app.ui.pages.ProductionPage;
import dev.stackbench.app.ui.pages.RealtimePage;
import dev.stackbench.app.ui.pages.RequirementsPage;
import dev.stackbench.app.ui.theme.Icons;
import dev.stackbench.app.ui.theme.Theme;
import org.kordamp.ikonli.feather.Feather;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.io.RecoveryStore;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The main window: the phase bar, the navigator of the phase's pages, the page in the centre, the advisor's
 * problems below it and the status bar with the live server. Every edit goes through the {@link ProjectDocument}
 * (undo, redo, dirty title); saving and server work run off the JavaFX thread; edits hot-reload the live server
 * and are autosaved to the recovery store after two idle seconds.
 */
public final class MainWindow {
    private final Stage stage;
    private final ProjectDocument document;
    private final RecoveryStore recovery;
    private final LiveControl live;
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<Phase, ToggleButton> phaseButtons = new EnumMap<>(Phase.class);
    private final ListView<Phase.PageKey> navigator = new ListView<>();
    private final BorderPane centre = new BorderPane();
    private final ProblemsPanel problems;
    private final Label problemCount = new Label();
    private final PauseTransition idle = new PauseTransition(Duration.seconds(2));
    private Phase phase = Phase.ARCHITECTURE;
    private String currentKey;

    public MainWindow(Stage stage, ProjectDocument document, RecoveryStore recovery) {
        this.stage = stage;
        this.document = document;
        this.recovery = recovery;
        this.live = new LiveControl(document::project);
        this.problems = new ProblemsPanel(this::navigate, document::edit);
        idle.setOnFinished(e -> autosave());
    }

    public void show() {
        navigator.setId("navigator");
        navigator.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                open(now.key());
            }
        });
        SplitPane work = new SplitPane(centre, problems.view());
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.74);
        SplitPane body = new SplitPane(navigator, work);
        body.setDividerPositions(0.17);
        BorderPane root = new BorderPane(body);
        root.setTop(new VBox(menu(), phaseBar()));
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1280, 800);
        Theme.current().style(scene);
        stage.setScene(scene);
        // Set, not bound: a stage may be reused for another window (the test harness reuses its stage).
        stage.setTitle(document.titleProperty().get());
        document.titleProperty().addListener((o, was, now) -> stage.setTitle(now));
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> live.stop());
        document.projectProperty().addListener((o, was, now) -> changed(now));
        selectPhase(Phase.ARCHITECTURE);
        refreshSide(document.project());
        stage.show();
    }

    public ProjectDocument document() {
        return document;
    }

    LiveControl live() {
        return live;
    }

    private MenuBar menu() {
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", this::saveAs);
        MenuItem close = item("Close", "Shortcut+W", () -> {
            if (confirmClose()) {
                stage.close();
            }
        });
        MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem theme = item("Toggle dark theme", "Shortcut+Shift+D", this::toggleTheme);
        MenuItem playground = item("Open playground", "Shortcut+P", this::openPlayground);
        MenuItem export = item("Export…", "Shortcut+E", this::openExport);
        MenuItem importing = item("Import…", "Shortcut+I", this::openImport);
        MenuBar bar = new MenuBar(new Menu("File", null, save, saveAs, importing, close), new Menu("Edit", null, undo, redo),
                new Menu("View", null, theme), new Menu("Run", null, playground, export));
        bar.setId("menu");
        return bar;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox phaseBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(0);
        // One segmented control, so the four phases read as one journey from left to right.
        Feather[] icons = {Feather.CLIPBOARD, Feather.LAYERS, Feather.CODE, Feather.SERVER};
        for (Phase p : Phase.values()) {
            ToggleButton button = Icons.with(icons[p.ordinal()], new ToggleButton(p.title));
            button.getStyleClass().add(p.ordinal() == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                    : p.ordinal() == Phase.values().length - 1 ? atlantafx.base.theme.Styles.RIGHT_PILL
                    : atlantafx.base.theme.Styles.CENTER_PILL);
            button.setId("phase-" + p.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setOnAction(e -> selectPhase(p));
            phaseButtons.put(p, button);
            bar.getChildren().add(button);
        }
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("phase-bar");
        return bar;
    }

    private HBox statusBar() {
        Button run = Icons.with(Feather.PLAY, new Button("Run live"));
        run.getStyleClass().add(atlantafx.base.theme.Styles.SUCCESS);
        run.setId("run-live");
        run.textProperty().bind(javafx.beans.binding.Bindings.when(live.runningProperty()).then("Stop live")
                .otherwise("Run live"));
        run.setOnAction(e -> live.toggle(() -> { }));
        Button playground = Icons.with(Feather.SEND, new Button("Open playground"));
        playground.setOnAction(e -> openPlayground());
        Button export = Icons.with(Feather.PACKAGE, new Button("Export…"));
        export.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        export.setId("open-export");
        export.setOnAction(e -> openExport());
        Label status = new Label();
        status.setId("server-status");
        status.textProperty().bind(live.statusProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spring, problemCount, run, playground, export);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    void selectPhase(Phase p) {
        phase = p;
        phaseButtons.get(p).setSelected(true);
        navigator.getItems().setAll(p.pages(document.project()));
        if (!navigator.getItems().isEmpty()) {
            navigator.getSelectionModel().select(0);
        }
    }

    /** Shows a page (creating it on first use) with the current snapshot. */
    void open(String key) {
        currentKey = key;
        Page page = pages.computeIfAbsent(key, this::create);
        centre.setCenter(page.view());
        page.show(document.project());
    }

    private Page create(String key) {
        if (key.startsWith("entity:")) {
            return new EntityPage(document::edit, key.substring("entity:".length()));
        }
        return switch (key) {
            case "requirements" -> new RequirementsPage(document::edit);
            case "diagram" -> new DiagramPage(document::edit, id -> navigate(ModelPath.element("entities", id, id)));
            case "auth" -> new AuthPage(document::edit);
            case "realtime" -> new RealtimePage(document::edit);
            case "endpoints" -> new EndpointsPage(document::edit);
            case "production" -> new ProductionPage(document::edit);
            default -> new ChecklistPage(document::edit, this::navigate);
        };
    }

    /** Jumps to where a problem (or a diagram double-click) points. */
    void navigate(ModelPath path) {
        String key = switch (path.section()) {
            case "entities" -> path.elementId() == null ? "diagram" : "entity:" + path.elementId();
            case "endpoints", "apiStyle" -> "endpoints";
            case "production" -> "production";
            case "channels" -> "realtime";
            case "auth" -> "auth";
            case "features", "stack" -> "requirements";
            default -> "checklist";
        };
        go(key);
        pages.get(key).select(path.elementId(), path.partId());
    }

    /** Shows a page with its phase and navigator entry selected. */
    void go(String key) {
        Phase target = Phase.of(key);
        if (target != phase) {
            selectPhase(target);
        }
        navigator.getItems().stream().filter(k -> k.key().equals(key)).findFirst()
                .ifPresent(k -> navigator.getSelectionModel().select(k));
        open(key);
    }

    private void changed(Project now) {
        if (currentKey != null && pages.containsKey(currentKey)) {
            pages.get(currentKey).show(now);
        }
        Optional<Phase.PageKey> selected = Optional.ofNullable(navigator.getSelectionModel().getSelectedItem());
        var keys = phase.pages(now);
        if (!keys.equals(navigator.getItems())) {
            navigator.getItems().setAll(keys);
            selected.flatMap(s -> keys.stream().filter(k -> k.key().equals(s.key())).findFirst())
                    .ifPresent(k -> navigator.getSelectionModel().select(k));
        }
        refreshSide(now);
    }

    /** Everything but the page: problems, the live server, autosave. */
    private void refreshSide(Project now) {
        int count = problems.show(now);
        problemCount.setText(count + (count == 1 ? " problem" : " problems"));
        live.reload(now);
        if (document.dirtyProperty().get()) {
            idle.playFromStart();
        }
    }

    private void autosave() {
        Project snapshot = document.project();
        Path file = document.file();
        run("autosave", () -> {
            ProjectDocument.autosave(recovery, file, snapshot);
            return null;
        }, ignored -> { });
    }

    void save() {
        if (document.file() == null) {
            saveAs();
            return;
        }
        write(document.file());
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(document.project().meta().name().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-") + ".stackbench.json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            write(file.toPath());
        }
    }

    private void write(Path target) {
        Project snapshot = document.project();
        run("save", () -> {
            ProjectDocument.write(target, snapshot);
            recovery.discard(RecoveryStore.keyFor(target));
            return null;
        }, ignored -> document.saved(target, snapshot));
    }

    private boolean confirmClose() {
        if (!document.dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save your changes to " + document.project().meta().name()
                + " before closing?", ButtonType.YES, ButtonType.NO, ButtonType.CANCEL);
        ask.setHeaderText("Unsaved changes");
        ask.initOwner(stage);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == ButtonType.YES && document.file() != null) {
            try {
                ProjectDocument.write(document.file(), document.project());
                recovery.discard(RecoveryStore.keyFor(document.file()));
            } catch (java.io.IOException e) {
                new Alert(Alert.AlertType.ERROR, "Could not save: " + e.getMessage()).showAndWait();
                return false;
            }
        }
        return answer != ButtonType.CANCEL && !(answer == ButtonType.YES && document.file() == null);
    }

    private void openPlayground() {
        live.whenRunning(server -> {
            PlaygroundSession session = new PlaygroundSession(document.project(), server.url(), server.seedUsers()
                    .stream().map(u -> new SeedLogin(u.login(), u.password(), u.role())).toList(), Platform::runLater,
                    document::edit);
            // Every snapshot (an edit here, an undo) reaches the open playground: its tree and collections follow.
            javafx.beans.value.ChangeListener<Project> follow = (o, was, now) -> session.updateProject(now);
            document.projectProperty().addListener(follow);
            PlaygroundWindow window = new PlaygroundWindow(session);
            window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                    e -> document.projectProperty().removeListener(follow));
            window.show();
        });
    }

    /** The export wizard on the current snapshot; its open checklist items lead back to their settings. */
    ExportWizard openExport() {
        ExportWizard wizard = new ExportWizard(stage, document.project(), this::navigate);
        wizard.show();
        return wizard;
    }

    /** File → Import…: the chosen model replaces or merges into this one as a single undoable edit. */
    ImportDialog openImport() {
        ImportDialog dialog = new ImportDialog(stage, document::edit);
        dialog.show();
        return dialog;
    }

    /** Light to dark and back, in every open window (the playground and the wizard follow the main window). */
    void toggleTheme() {
        Theme next = Theme.current().other();
        next.apply();
        javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                .filter(java.util.Objects::nonNull).forEach(next::style);
    }

    /** Runs {@code work} on a daemon thread and {@code then} on the JavaFX thread; failures are shown. */
    private <T> void run(String name, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, name + " failed: " + task.getException().getMessage())
                .show());
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
