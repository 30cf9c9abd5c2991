package dev.stackbench.app.ui.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.edit.EndpointEdits;
import dev.stackbench.model.sample.ExampleValues;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The endpoint table (derived CRUD and custom), editable per row: auth, roles, owner-only, rate-limit class,
 * filters and sort fields; custom endpoints added, removed and given their method, path and example answer; the
 * project's API style (public ids, page sizes); and the response envelope the selected endpoint answers with, as
 * the live backend would send it.
 */
public final class EndpointsPage implements Page {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Editor editor;
    private final TableView<Endpoint> table = new TableView<>();
    private final TextArea preview = new TextArea();
    private final ObservableList<String> limitNames = FXCollections.observableArrayList();
    private final HBox style = new HBox(8);
    private final HBox custom = new HBox(8);
    private final TextArea example = new TextArea();
    private final Label exampleError = new Label();
    private final VBox root;
    private Project project;

    public EndpointsPage(Editor editor) {
        this.editor = editor;
        table.setId("endpoint-table");
        table.setEditable(true);
        javafx.scene.control.TableColumn<Endpoint, String> method = Cells.column("Method",
                e -> e.method().name(), 80);
        method.setCellFactory(dev.stackbench.app.ui.theme.MethodBadge.cells());
        table.getColumns().add(method);
        table.getColumns().add(Cells.column("Path", Endpoint::path, 220));
        table.getColumns().add(Cells.column("Kind", e -> e.kind().name().toLowerCase(java.util.Locale.ROOT), 70));
        table.getColumns().add(flag("Auth", Endpoint::authRequired, Endpoint::withAuthRequired));
        table.getColumns().add(list("Roles", Endpoint::roles, Endpoint::withRoles, 120));
        table.getColumns().add(flag("Owner only", Endpoint::ownerOnly, Endpoint::withOwnerOnly));
        table.getColumns().add(Cells.choice("Rate limit", e -> e.rateLimitClass() == null ? "" : e.rateLimitClass(),
                limitNames, n -> n.isEmpty() ? "default" : n, 90,
                (row, v) -> change(row, x -> x.withRateLimitClass(v.isEmpty() ? null : v))));
        table.getColumns().add(list("Filters", Endpoint::filterable, Endpoint::withFilterable, 130));
        table.getColumns().add(list("Sort", Endpoint::sortable, Endpoint::withSortable, 130));
        preview.setId("envelope-preview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        example.setId("custom-example");
        example.setStyle("-fx-font-family: monospace;");
        example.setPrefRowCount(4);
        exampleError.getStyleClass().add("error-text");
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox side = new VBox(6, custom, new Label("Response envelope"), preview);
        side.setPadding(new Insets(8));
        // The preview sits under the table so all nine columns fit the width of a 1280-pixel window.
        SplitPane split = new SplitPane(table, side);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Button add = new Button("Add custom endpoint");
        add.setId("add-custom-endpoint");
        add.setOnAction(e -> {
            editor.edit(EndpointEdits::addCustom);
            table.getSelectionModel().selectLast();
            table.scrollTo(table.getItems().size() - 1);
        });
        Button remove = new Button("Remove endpoint");
        remove.setId("remove-endpoint");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String id = table.getSelectionModel().getSelectedItem().id();
            editor.edit(p -> EndpointEdits.remove(p, id));
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, add, remove, spring, style);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, bar, split);
        root.setPadding(new Insets(8, 0, 0, 0));
        bar.setPadding(new Insets(0, 8, 0, 8));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project current) {
        this.project = current;
        limitNames.setAll("");
        current.production().rateLimits().forEach(r -> limitNames.add(r.name()));
        styleBar(current.apiStyle());
        Cells.setRows(table, current.endpoints());
        selected(table.getSelectionModel().getSelectedItem());
    }

    /** Public ids, page sizes and the database: one switch for every endpoint, the live server and the export. */
    private void styleBar(ApiStyle api) {
        style.getChildren().setAll(new Label("Public ids"), Forms.choice("id-style", List.of(ApiStyle.IdStyle.values()),
                        api.ids(), i -> i == ApiStyle.IdStyle.UUID ? "UUID" : "numeric",
                        v -> editor.edit(p -> p.withApiStyle(p.apiStyle().withIds(v)))),
                new Label("Page size"), Forms.number("page-size", api.defaultPageSize(), n -> editor.edit(p ->
                        p.withApiStyle(p.apiStyle().withPageSizes(n, Math.max(n, p.apiStyle().maxPageSize()))))),
                new Label("max"), Forms.number("max-page-size", api.maxPageSize(), n -> editor.edit(p ->
                        p.withApiStyle(p.apiStyle().withPageSizes(Math.min(n, p.apiStyle().defaultPageSize()), n)))),
                new Label("Database"), database(project.stack().database()));
        style.setAlignment(Pos.CENTER_LEFT);
    }

    private javafx.scene.control.ComboBox<StackChoices.DatabaseKind> database(StackChoices.DatabaseKind current) {
        javafx.scene.control.ComboBox<StackChoices.DatabaseKind> box = Forms.choice("database",
                List.of(StackChoices.DatabaseKind.values()), current, DatabaseChoices::label,
                v -> editor.edit(p -> p.withStack(p.stack().withDatabase(v))));
        box.setTooltip(new javafx.scene.control.Tooltip(DatabaseChoices.why(current)));
        return box;
    }

    private void selected(Endpoint ep) {
        customForm(ep);
        preview(ep);
    }

    /** A custom endpoint's method, path, status and example answer (what the live server sends for it). */
    private void customForm(Endpoint ep) {
        boolean isCustom = ep != null && ep.kind() == EndpointKind.CUSTOM;
        custom.setVisible(isCustom);
        custom.setManaged(isCustom);
        if (!isCustom) {
            return;
        }
        TextField path = Forms.text("custom-path", ep.path(), v -> change(ep, x -> v.isBlank() ? x : x.withPath(v.trim())));
        path.setPrefColumnCount(18);
        example.setText(ep.exampleResponse() == null ? "" : ep.exampleResponse());
        exampleError.setText("");
        Button apply = new Button("Apply example");
        apply.setId("apply-example");
        apply.setOnAction(e -> applyExample(ep));
        VBox answer = new VBox(4, example, new HBox(8, apply, exampleError));
        HBox.setHgrow(answer, Priority.ALWAYS);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Method"), Forms.choice("custom-method", List.of(HttpMethod.values()), ep.method(),
                Enum::name, v -> change(ep, x -> x.withMethod(v))));
        form.addRow(1, new Label("Path"), path);
        form.addRow(2, new Label("Status"), Forms.number("custom-status", ep.exampleStatus(),
                n -> change(ep, x -> x.withExample(n, x.exampleResponse()))));
        custom.getChildren().setAll(form, answer);
    }

    /** Only JSON is kept: the live server answers with it as the envelope's data. */
    private void applyExample(Endpoint ep) {
        String text = example.getText().trim();
        try {
            JSON.readTree(text.isEmpty() ? "null" : text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            exampleError.setText("Not JSON: " + e.getOriginalMessage());
            return;
        }
        change(ep, x -> x.withExample(x.exampleStatus(), text.isEmpty() ? null : text));
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
