package dev.stackbench.app.ui.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.sample.ExampleValues;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The endpoint table (derived CRUD and custom), editable per row: auth, roles, owner-only, rate-limit class,
 * filters and sort fields; beside it, the response envelope the selected endpoint answers with, as the live
 * backend would send it.
 */
public final class EndpointsPage implements Page {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Editor editor;
    private final TableView<Endpoint> table = new TableView<>();
    private final TextArea preview = new TextArea();
    private final SplitPane root;
    private Project project;

    public EndpointsPage(Editor editor) {
        this.editor = editor;
        table.setId("endpoint-table");
        table.setEditable(true);
        table.getColumns().add(Cells.column("Method", e -> e.method().name(), 70));
        table.getColumns().add(Cells.column("Path", Endpoint::path, 220));
        table.getColumns().add(Cells.column("Kind", e -> e.kind().name().toLowerCase(java.util.Locale.ROOT), 70));
        table.getColumns().add(flag("Auth", Endpoint::authRequired, Endpoint::withAuthRequired));
        table.getColumns().add(list("Roles", Endpoint::roles, Endpoint::withRoles, 120));
        table.getColumns().add(flag("Owner only", Endpoint::ownerOnly, Endpoint::withOwnerOnly));
        table.getColumns().add(text("Rate limit", e -> e.rateLimitClass() == null ? "" : e.rateLimitClass(),
                (e, v) -> e.withRateLimitClass(v.isBlank() ? null : v.trim()), 90));
        table.getColumns().add(list("Filters", Endpoint::filterable, Endpoint::withFilterable, 130));
        table.getColumns().add(list("Sort", Endpoint::sortable, Endpoint::withSortable, 130));
        preview.setId("envelope-preview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> preview(now));
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox side = new VBox(6, new Label("Response envelope"), preview);
        side.setPadding(new Insets(8));
        // The preview sits under the table so all nine columns fit the width of a 1280-pixel window.
        root = new SplitPane(table, side);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.setDividerPositions(0.6);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project current) {
        this.project = current;
        Cells.setRows(table, current.endpoints());
        preview(table.getSelectionModel().getSelectedItem());
    }

    @Override
    public void select(String elementId, String partId) {
        Cells.select(table, row -> row.id().equals(elementId));
    }

    /** The success envelope of the endpoint, with an example row built from the entity's fields. */
    private void preview(Endpoint ep) {
        if (ep == null || project == null) {
            preview.setText("Select an endpoint to see what it answers.");
            return;
        }
        ObjectNode envelope = JSON.createObjectNode().put("success", true);
        var entity = ep.entityId() == null ? java.util.Optional.<dev.stackbench.model.Entity>empty()
                : project.entity(ep.entityId());
        ObjectNode row = entity.map(e -> {
            ObjectNode r = JSON.createObjectNode().put("id", 1);
            r.setAll(ExampleValues.body(project, e, 1));
            if (e.hasTimestamps()) {
                r.put("createdAt", "2026-01-15T09:30:00Z").put("updatedAt", "2026-01-15T09:30:00Z");
            }
            return r;
        }).orElse(JSON.createObjectNode());
        ObjectNode meta = JSON.createObjectNode().put("requestId", "3f2a9c1e-…");
        if (ep.kind() == EndpointKind.LIST) {
            envelope.putArray("data").add(row);
            meta.put("total", 1).put("page", 1).put("limit", project.apiStyle().defaultPageSize());
        } else if (ep.kind() == EndpointKind.DELETE) {
            preview.setText("204 No Content — no body");
            return;
        } else if (ep.kind() == EndpointKind.CUSTOM) {
            envelope.put("data", ep.exampleResponse() == null ? "…" : ep.exampleResponse());
        } else {
            envelope.set("data", row);
        }
        envelope.putNull("error");
        envelope.set("meta", meta);
        int status = ep.kind() == EndpointKind.CREATE ? 201 : ep.kind() == EndpointKind.CUSTOM ? ep.exampleStatus() : 200;
        try {
            preview.setText(status + "\n" + JSON.writeValueAsString(envelope));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            preview.setText(e.getMessage());
        }
    }

    private TableColumn<Endpoint, String> text(String name, Function<Endpoint, String> get,
                                            BiFunction<Endpoint, String, Endpoint> set, double width) {
        return Cells.text(name, get, width, (row, v) -> change(row, x -> set.apply(x, v)));
    }

    private TableColumn<Endpoint, String> list(String name, Function<Endpoint, List<String>> get,
                                               BiFunction<Endpoint, List<String>, Endpoint> set, double width) {
        return text(name, e -> String.join(", ", get.apply(e)), (e, v) -> set.apply(e, v.isBlank() ? List.of()
                : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()), width);
    }

    private TableColumn<Endpoint, Boolean> flag(String name, Function<Endpoint, Boolean> get,
                                             BiFunction<Endpoint, Boolean, Endpoint> set) {
        return Cells.flag(name, get, (row, on) -> change(row, x -> set.apply(x, on)));
    }

    private void change(Endpoint endpoint, java.util.function.UnaryOperator<Endpoint> edit) {
        if (endpoint != null) {
            editor.edit(p -> p.withEndpoint(endpoint.id(), edit));
        }
    }
}
