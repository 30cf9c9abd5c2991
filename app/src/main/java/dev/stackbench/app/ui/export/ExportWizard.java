package dev.stackbench.app.ui.export;

import dev.stackbench.export.ExportEngine;
import dev.stackbench.export.ExportedDatabase;
import dev.stackbench.export.ExportResult;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.Targets;
import dev.stackbench.export.checklist.ChecklistEvidence;
import dev.stackbench.export.checklist.ChecklistReports;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.checklist.ItemResult;
import javafx.concurrent.Task;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The export wizard: target, folder, a preview of every file before anything is written, the export with a
 * progress bar and cancel, then the merge result (conflicts resolved side by side) and the completed checklist:
 * satisfied items open their file and line, open items take the user to the setting that closes them.
 */
public final class ExportWizard {
    private final Stage stage = new Stage();
    private final Project project;
    private final Consumer<ModelPath> goToSetting;
    private final BorderPane root = new BorderPane();
    private final Label step = new Label();
    private final HBox buttons = new HBox(8);
    private final ComboBox<String> target = new ComboBox<>();
    private final TextField folder = new TextField();
    private List<GeneratedFile> rendered = List.of();

    public ExportWizard(Window owner, Project project, Consumer<ModelPath> goToSetting) {
        this.project = project;
        this.goToSetting = goToSetting;
        stage.initOwner(owner);
        stage.setTitle("Export " + project.meta().name());
        step.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        step.setId("wizard-step");
        VBox top = new VBox(step);
        top.setPadding(new Insets(12));
        root.setTop(top);
        buttons.setPadding(new Insets(10));
        root.setBottom(buttons);
        Scene scene = new Scene(root, 1100, 720);
        dev.stackbench.app.ui.theme.Theme.current().style(scene);
        var css = ExportWizard.class.getResource("/dev/stackbench/app/ui/wizard.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        chooseTarget();
        stage.show();
    }

    private void chooseTarget() {
        step.setText("1 · Target stack");
        target.setId("export-target");
        target.getItems().setAll(Targets.NAMES);
        target.getSelectionModel().select(project.export().target());
        Label about = new Label("javalin: Java 17 + Javalin + "
                + ExportedDatabase.of(project.stack().database()).name() + " (the model's database), with Flyway, "
                + "Redis scale-out, tests, OpenAPI, Postman, Docker, Kubernetes and monitoring. (The Node.js + Express "
                + "target is not built yet.)");
        about.setWrapText(true);
        // A choice the target cannot do stops the wizard here, with the reason, rather than at the preview.
        Label refused = new Label(target.getValue() == null ? "" : Targets.refusals(project, target.getValue())
                .stream().map(f -> f.message()).collect(java.util.stream.Collectors.joining("\n")));
        refused.setId("export-refused");
        refused.setWrapText(true);
        refused.setStyle("-fx-text-fill: #b00020;");
        Button next = button("Next", "wizard-next", this::chooseFolder);
        next.setDisable(!refused.getText().isEmpty());
        page(new VBox(10, target, about, refused), next);
    }

    private void chooseFolder() {
        step.setText("2 · Folder");
        folder.setId("export-folder");
        if (folder.getText().isBlank()) {
            folder.setText(project.export().lastOutputDir().isBlank() ? Path.of(System.getProperty("user.home"),
                    project.meta().name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                            + "-service").toString() : project.export().lastOutputDir());
        }
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(stage);
            if (dir != null) {
                folder.setText(dir.getPath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label hint = new Label("An earlier export in this folder is merged with your edits, never overwritten.");
        page(new VBox(10, new HBox(8, folder, browse), hint), button("Back", null, this::chooseTarget),
                button("Preview", "wizard-preview", this::preview));
    }

    /** Every file of the export, rendered in memory and viewable before anything is written. */
    private void preview() {
        step.setText("3 · Preview (nothing written yet)");
        rendered = ExportEngine.render(project, target.getValue());
        TreeView<String> tree = FileTree.of(rendered);
        tree.setId("export-tree");
        CodeArea content = new CodeArea();
        content.setId("export-file");
        content.setEditable(false);
        content.setParagraphGraphicFactory(LineNumberFactory.get(content));
        Map<String, String> byPath = new LinkedHashMap<>();
        rendered.forEach(f -> byPath.put(f.path(), f.content()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            String path = FileTree.path(now);
            String text = byPath.getOrDefault(path, "");
            content.replaceText(text);
            content.setStyleSpans(0, CodeHighlighter.highlight(path, text));
            content.moveTo(0);
            content.requestFollowCaret();
        });
        SplitPane split = new SplitPane(tree, new VirtualizedScrollPane<>(content));
        split.setDividerPositions(0.32);
        page(split, new Label(rendered.size() + " files"), button("Back", null, this::chooseFolder),
                button("Export", "wizard-export", this::export));
    }

    private void export() {
        step.setText("4 · Exporting");
        ProgressBar bar = new ProgressBar(0);
        bar.setId("export-progress");
        bar.setPrefWidth(600);
        Label message = new Label();
        Path out = Path.of(folder.getText());
        String chosen = target.getValue();
        Task<ExportResult> task = new Task<>() {
            @Override
            protected ExportResult call() throws Exception {
                return new ExportEngine(this::updateMessage, (done, total) -> {
                    if (isCancelled()) {
                        throw new CancellationException("export cancelled");
                    }
                    updateProgress(done, total);
                }).export(project, chosen, out, false);
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(out, task.getValue()));
        task.setOnFailed(e -> {
            step.setText("Export failed");
            message.textProperty().unbind();
            message.setText(task.getException().getMessage());
        });
        task.setOnCancelled(e -> chooseFolder());
        Button cancel = button("Cancel", "wizard-cancel", task::cancel);
        page(new VBox(10, bar, message), cancel);
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(Path out, ExportResult result) {
        ChecklistReport report = ChecklistEvidence.locate(Checklist.evaluate(project), rendered);
        ListView<ItemResult> items = new ListView<>();
        items.setId("export-checklist");
        items.getItems().setAll(report.items());
        items.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ItemResult r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.done() ? "✔ " : "✘ ") + r.item().title() + " — "
                        + (r.evidenceFile() != null ? r.evidenceFile() + ":" + r.evidenceLine()
                        : r.done() ? r.reason() : r.reason() + (r.setting() == null ? "" : " (click: "
                        + r.setting().label() + ")")));
            }
        });
        TextArea file = new TextArea();
        file.setEditable(false);
        file.setStyle("-fx-font-family: monospace;");
        items.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> file.setText(r == null ? ""
                : r.evidenceFile() != null ? excerpt(out.resolve(r.evidenceFile()), r.evidenceLine())
                : r.reason() + (r.setting() == null ? "" : "\n\nDouble-click to change " + r.setting().label())));
        items.setOnMouseClicked(e -> {
            ItemResult r = items.getSelectionModel().getSelectedItem();
            if (r != null && r.evidenceFile() == null && r.setting() != null && e.getClickCount() == 2) {
                goToSetting.accept(r.setting());
            }
        });
        items.getSelectionModel().select(0);
        Label score = new Label("Checklist " + report.total() + "/12");
        VBox left = new VBox(6, score, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        Node centre = result.hasConflicts() ? new SplitPane(left, Conflicts.view(out, result.conflicts()))
                : new SplitPane(left, file);
        Button copy = button("Copy run command", "copy-run", () -> {
            ClipboardContent text = new ClipboardContent();
            text.putString("cd " + out + " && mvn -B verify");
            Clipboard.getSystemClipboard().setContent(text);
        });
        Button open = button("Open folder", "open-folder", () -> openFolder(out));
        Button html = button("Save checklist as HTML…", null, () -> saveReport(report, "html"));
        Button md = button("…as Markdown", null, () -> saveReport(report, "md"));
        page(centre, html, md, copy, open, button("Close", "wizard-close", stage::close));
        step.setText("5 · Done: " + result.summary());
    }

    private static String excerpt(Path file, int line) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder(file.getFileName() + ":" + line + "\n\n");
            for (int i = Math.max(1, line - 6); i <= Math.min(lines.size(), line + 12); i++) {
                b.append(i == line ? "▶ " : "  ").append(String.format("%4d  ", i)).append(lines.get(i - 1)).append('\n');
            }
            return b.toString();
        } catch (java.io.IOException e) {
            return file + ": " + e.getMessage();
        }
    }

    private void saveReport(ChecklistReport report, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("PRODUCTION_CHECKLIST." + kind);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                Files.writeString(file.toPath(), kind.equals("html") ? ChecklistReports.html(report)
                        : ChecklistReports.markdown(report), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show();
            }
        }
    }

    /** The desktop's file manager (xdg-open on Linux), off the JavaFX thread. */
    private static void openFolder(Path out) {
        Thread opener = new Thread(() -> {
            try {
                new ProcessBuilder("xdg-open", out.toString()).start();
            } catch (java.io.IOException e) {
                // no desktop file manager: the path is shown in the wizard and copied with the run command
            }
        }, "open-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private void page(Node content, Node... actions) {
        BorderPane.setMargin(content, new Insets(0, 12, 0, 12));
        root.setCenter(content);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        buttons.getChildren().setAll(spring);
        buttons.getChildren().addAll(actions);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        if (id != null) {
            b.setId(id);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
