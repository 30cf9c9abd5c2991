package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.checklist.ItemResult;
import dev.stackbench.model.checklist.ItemState;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * Production: the checklist evaluated from the model — each item satisfied, open (with the reason and the
 * setting that closes it, a double-click away) or confirmed by hand with a note — and the six gates' scores.
 */
public final class ChecklistPage implements Page {
    private final Editor editor;
    private final TableView<ItemResult> items = new TableView<>();
    private final Label score = new Label();
    private final TextField note = new TextField();
    private final VBox root;

    /** @param goTo opens the page of a setting; double-clicking an open item goes to what closes it */
    public ChecklistPage(Editor editor, Consumer<ModelPath> goTo) {
        this.editor = editor;
        items.setId("checklist-table");
        items.setRowFactory(t -> {
            TableRow<ItemResult> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().setting() != null) {
                    goTo.accept(row.getItem().setting());
                }
            });
            return row;
        });
        items.getColumns().add(Cells.column("Gate", r -> r.item().gate().title(), 120));
        items.getColumns().add(Cells.column("State", r -> state(r.state()), 110));
        items.getColumns().add(Cells.column("Item", r -> r.item().title(), 300));
        items.getColumns().add(Cells.column("ASVS", r -> r.item().asvs() == null ? "" : r.item().asvs(), 110));
        items.getColumns().add(Cells.column("Why / what closes it", r -> r.reason() + (r.done() || r.setting() == null
                ? "" : " — change " + r.setting().label()) + (r.note().isBlank() ? "" : " — " + r.note()), 420));
        note.setPromptText("How this is covered (e.g. 'runbook in wiki/release.md')");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button confirm = new Button("Confirm by hand");
        confirm.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull()
                .or(note.textProperty().isEmpty()));
        confirm.setOnAction(e -> {
            String id = items.getSelectionModel().getSelectedItem().item().id();
            String text = note.getText();
            editor.edit(p -> p.withChecklist(p.checklist().confirm(id, text)));
            note.clear();
        });
        Label title = Cells.title("Production checklist");
        score.setId("checklist-score");
        VBox.setVgrow(items, Priority.ALWAYS);
        root = new VBox(8, title, score, items, new HBox(8, note, confirm));
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        ChecklistReport report = Checklist.evaluate(project);
        StringBuilder gates = new StringBuilder("Total " + report.total() + "/12 —");
        report.gateScores().forEach((gate, s) -> gates.append(' ').append(gate.title()).append(' ').append(s)
                .append("/2 ·"));
        score.setText(gates.substring(0, gates.length() - 2));
        Cells.setRows(items, report.items());
    }

    private static String state(ItemState state) {
        return switch (state) {
            case SATISFIED -> "✔ satisfied";
            case MANUAL_CONFIRMED -> "✔ confirmed";
            case OPEN -> "✘ open";
        };
    }
}
