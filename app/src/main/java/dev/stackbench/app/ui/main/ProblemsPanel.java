package dev.stackbench.app.ui.main;

import dev.stackbench.app.ui.pages.Cells;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The advisor's findings for the current snapshot: severity, message, location. Double-click jumps to the element;
 * the selected finding shows its "why" and, where the fix is mechanical, a one-click quick fix.
 */
final class ProblemsPanel {
    private final Advisor advisor = Advisor.standard();
    private final TableView<Finding> table = new TableView<>();
    private final Label why = new Label();
    private final Button fix = new Button();
    private final VBox root;

    ProblemsPanel(Consumer<ModelPath> navigate, Consumer<UnaryOperator<Project>> apply) {
        table.setId("problems");
        table.getColumns().add(severityColumn());
        table.getColumns().add(Cells.column("Rule", Finding::ruleId, 80));
        table.getColumns().add(Cells.column("Message", Finding::message, 640));
        table.getColumns().add(Cells.column("Location", f -> f.path().label(), 220));
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    navigate.accept(row.getItem().path());
                }
            });
            return row;
        });
        why.setWrapText(true);
        fix.setVisible(false);
        fix.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fix.setOnAction(e -> table.getSelectionModel().getSelectedItem().quickFix()
                .ifPresent(q -> apply.accept(q.apply())));
        table.setPlaceholder(new Label("No problems: the advisor has nothing to add."));
        why.setId("problem-why");
        why.getStyleClass().add("problem-why");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            why.setText(now == null ? "Select a problem to see why it matters; double-click jumps to it."
                    : "Why " + now.ruleId() + ": " + advisor.why(now.ruleId()).orElse(now.message()));
            fix.setVisible(now != null && now.quickFix().isPresent());
            fix.setText(now == null ? "" : now.quickFix().map(q -> "Fix: " + q.label()).orElse(""));
        });
        HBox.setHgrow(why, Priority.ALWAYS);
        why.setText("Select a problem to see why it matters; double-click jumps to it.");
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox details = new HBox(8, why, fix);
        details.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        details.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(table, details);
    }

    private static TableColumn<Finding, Finding> severityColumn() {
        TableColumn<Finding, Finding> column = new TableColumn<>("Severity");
        column.setCellValueFactory(c -> Cells.constant(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                boolean blank = empty || finding == null;
                setGraphic(blank ? null : SeverityIcon.of(finding.severity()));
                setText(blank ? null : finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        column.setPrefWidth(95);
        return column;
    }

    VBox view() {
        return root;
    }

    /** Re-runs the advisor (milliseconds even for 300 entities) and shows what it found. */
    int show(Project project) {
        var findings = advisor.run(project);
        table.getItems().setAll(findings);
        return findings.size();
    }
}
