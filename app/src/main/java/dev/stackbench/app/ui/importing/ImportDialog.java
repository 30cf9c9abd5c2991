package dev.stackbench.app.ui.importing;

import dev.stackbench.importer.ImportMerge;
import dev.stackbench.importer.ImportNote;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.importer.db.DatabaseImporter;
import dev.stackbench.importer.openapi.OpenApiImporter;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * File → Import…: an OpenAPI document (file or URL) or a live database, previewed (the entities it gives and the
 * notes on what did not map) before anything changes; then Replace (the imported model under the open one's name)
 * or Merge into the open model, applied as one
 * edit, so a single undo takes it back. The import runs off the JavaFX thread.
 */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final Consumer<UnaryOperator<Project>> edit;
    private final RadioButton openApi = new RadioButton("OpenAPI document (file or URL)");
    private final RadioButton database = new RadioButton("Live database (JDBC URL)");
    private final TextField source = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final ListView<String> entities = new ListView<>();
    private final ListView<String> notes = new ListView<>();
    private final Label status = new Label();
    private final Button replace = new Button("Replace the model");
    private final Button merge = new Button("Merge into the model");
    private ImportResult previewed;

    public ImportDialog(Window owner, Consumer<UnaryOperator<Project>> edit) {
        this.edit = edit;
        stage.initOwner(owner);
        stage.setTitle("Import");
        ToggleGroup kind = new ToggleGroup();
        openApi.setToggleGroup(kind);
        database.setToggleGroup(kind);
        openApi.setSelected(true);
        openApi.setId("import-openapi");
        database.setId("import-db");
        source.setId("import-source");
        source.setPromptText("openapi.yaml, https://…/openapi.json or jdbc:postgresql://127.0.0.1:5432/db");
        user.setId("import-user");
        password.setId("import-password");
        user.disableProperty().bind(openApi.selectedProperty());
        password.disableProperty().bind(openApi.selectedProperty());
        Button browse = new Button("Browse…");
        browse.disableProperty().bind(database.selectedProperty());
        browse.setOnAction(e -> browse());
        Button preview = new Button("Preview");
        preview.setId("import-preview");
        preview.setOnAction(e -> preview());
        replace.setId("import-replace");
        merge.setId("import-merge");
        replace.setDisable(true);
        merge.setDisable(true);
        replace.setOnAction(e -> apply(false));
        merge.setOnAction(e -> apply(true));
        entities.setId("import-entities");
        notes.setId("import-notes");
        status.setId("import-status");
        status.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        HBox row = new HBox(6, source, browse);
        HBox.setHgrow(source, Priority.ALWAYS);
        form.addRow(0, new Label("Source"), row);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        GridPane.setHgrow(row, Priority.ALWAYS);
        VBox root = new VBox(8, new HBox(12, openApi, database), form, new HBox(8, preview, status),
                new Label("Entities"), entities, new Label("What did not map"), notes, new HBox(8, replace, merge));
        root.setPadding(new Insets(12));
        VBox.setVgrow(notes, Priority.ALWAYS);
        stage.setScene(new Scene(root, 720, 560));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OpenAPI", "*.yaml", "*.yml", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            source.setText(file.getPath());
        }
    }

    private void preview() {
        String location = source.getText().strip();
        boolean db = database.isSelected();
        String who = user.getText();
        String secret = password.getText();
        status.setText("Reading " + location + "…");
        replace.setDisable(true);
        merge.setDisable(true);
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws Exception {
                return db ? DatabaseImporter.read(location, who.isBlank() ? null : who, secret)
                        : OpenApiImporter.read(location);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> {
            previewed = null;
            entities.getItems().clear();
            notes.getItems().clear();
            status.setText(task.getException().getMessage());
        });
        Thread thread = new Thread(task, "import-preview");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(ImportResult result) {
        previewed = result;
        Project p = result.project();
        entities.getItems().setAll(p.entities().stream().map(ImportDialog::describe).toList());
        notes.getItems().setAll(result.notes().stream().map(ImportNote::toString).toList());
        status.setText(p.entities().size() + " entities, " + p.endpoints().size() + " endpoints, "
                + result.notes().size() + " notes");
        replace.setDisable(false);
        merge.setDisable(false);
    }

    private static String describe(Entity e) {
        return e.name() + " — " + e.fields().size() + " fields, " + e.relationships().size() + " relations";
    }

    private void apply(boolean merging) {
        if (previewed == null) {
            return;
        }
        Project imported = previewed.project();
        edit.accept(open -> merging ? ImportMerge.merge(open, imported)
                : imported.withMeta(open.meta()));
        stage.close();
    }
}
