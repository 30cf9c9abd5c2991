package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Project;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Requirements: the features (title, description, priority, acceptance criteria) and what serves each of them —
 * the entities and endpoints ticked beside the table — and the deciding questions about clients and login, each
 * with the one line of guidance the advisor teaches.
 */
public final class RequirementsPage implements Page {
    private final Editor editor;
    private final TableView<Feature> features = new TableView<>();
    private final CheckListView<Entity> entities = new CheckListView<>();
    private final CheckListView<Endpoint> endpoints = new CheckListView<>();
    private final Label servedBy = new Label();
    private final DecidingQuestions questions;
    private final VBox root;
    /** True while the check lists are being filled from the model, so their checks are not edits. */
    private boolean showing;

    public RequirementsPage(Editor editor) {
        this.editor = editor;
        features.setId("feature-table");
        features.setEditable(true);
        features.getColumns().add(Cells.text("Title", Feature::title, 200,
                (f, v) -> change(f, x -> v.isBlank() ? x : x.withTitle(v.trim()))));
        features.getColumns().add(Cells.text("Description", Feature::description, 250,
                (f, v) -> change(f, x -> x.withDescription(v))));
        features.getColumns().add(Cells.choice("Priority", Feature::priority, FXCollections.observableArrayList(
                Feature.Priority.values()), Cells::label, 80, (f, v) -> change(f, x -> x.withPriority(v))));
        features.getColumns().add(Cells.text("Acceptance criteria (one per ;)", f -> String.join("; ",
                f.acceptanceCriteria()), 330, (f, v) -> change(f, x -> x.withAcceptanceCriteria(
                Arrays.stream(v.split("\\s*;\\s*")).filter(s -> !s.isBlank()).toList()))));
        features.getColumns().add(Cells.column("Served by", f -> f.entityIds().size() + " entities, "
                + f.endpointIds().size() + " endpoints", 150));
        features.setPlaceholder(new Label("No features yet: what must users be able to do?"));
        features.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showLinks(now));
        Button add = new Button("Add feature");
        add.setId("add-feature");
        add.setOnAction(e -> {
            editor.edit(p -> p.withFeatures(Lists.plus(p.features(), new Feature(Ids.next("ft"), "New feature", "",
                    Feature.Priority.SHOULD, List.of(), List.of(), List.of()))));
            features.getSelectionModel().selectLast();
        });
        Button remove = new Button("Remove feature");
        remove.setId("remove-feature");
        remove.disableProperty().bind(features.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String id = features.getSelectionModel().getSelectedItem().id();
            editor.edit(p -> p.withFeatures(p.features().stream().filter(f -> !f.id().equals(id)).toList()));
        });
        entities.setId("feature-entities");
        endpoints.setId("feature-endpoints");
        entities.setCellFactory(l -> checkCell(Entity::name, entities));
        endpoints.setCellFactory(l -> checkCell(ep -> ep.method() + " " + ep.path(), endpoints));
        entities.getCheckModel().getCheckedItems().addListener((ListChangeListener<Entity>) c -> linksChanged());
        endpoints.getCheckModel().getCheckedItems().addListener((ListChangeListener<Endpoint>) c -> linksChanged());
        features.setPrefHeight(150);
        entities.setPrefHeight(130);
        endpoints.setPrefHeight(130);
        HBox.setHgrow(endpoints, Priority.ALWAYS);
        entities.setPrefWidth(220);
        VBox featurePane = new VBox(8, features, new HBox(8, add, remove), servedBy,
                new HBox(8, entities, endpoints));
        VBox.setVgrow(features, Priority.ALWAYS);
        questions = new DecidingQuestions(editor, 300);
        TabPane tabs = new TabPane(Cells.tab("Features", featurePane),
                Cells.tab("Stack and deciding questions", new VBox(8, questions.view())));
        tabs.setId("requirements-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(8, Cells.title("Requirements"), tabs);
        root.setPadding(new Insets(12));
        showLinks(null);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        showing = true;
        entities.getItems().setAll(project.entities());
        endpoints.getItems().setAll(project.endpoints());
        showing = false;
        Cells.setRows(features, project.features());
        showLinks(features.getSelectionModel().getSelectedItem());
        questions.view().getChildren().clear();
        questions.view().addRow(0, new Label("Target: Java 17 + Javalin + PostgreSQL"), Forms.hint(
                "The one target exported today; set REDIS_URL in the exported app and sessions, rate limits and "
                + "realtime fan-out go through Redis, so instances behave as one."));
        questions.show(project.stack(), 1);
        questions.view().add(Forms.hint("The Auth page turns these answers into a recommended strategy "
                + "and says why."), 0, 5, 2, 1);
    }

    /** Ticks what serves the selected feature; nothing to tick without a selection. */
    private void showLinks(Feature feature) {
        showing = true;
        entities.getCheckModel().clearChecks();
        endpoints.getCheckModel().clearChecks();
        if (feature != null) {
            entities.getItems().stream().filter(e -> feature.entityIds().contains(e.id()))
                    .forEach(e -> entities.getCheckModel().check(e));
            endpoints.getItems().stream().filter(e -> feature.endpointIds().contains(e.id()))
                    .forEach(e -> endpoints.getCheckModel().check(e));
        }
        showing = false;
        entities.setDisable(feature == null);
        endpoints.setDisable(feature == null);
        servedBy.setText(feature == null ? "Select a feature to tick the entities and endpoints that serve it."
                : "“" + feature.title() + "” is served by the entities and endpoints ticked below.");
    }

    private void linksChanged() {
        Feature feature = features.getSelectionModel().getSelectedItem();
        if (showing || feature == null) {
            return;
        }
        List<String> entityIds = entities.getCheckModel().getCheckedItems().stream().map(Entity::id).toList();
        List<String> endpointIds = endpoints.getCheckModel().getCheckedItems().stream().map(Endpoint::id).toList();
        // Deferred: the edit redraws the lists, which must not happen inside their own change notification.
        javafx.application.Platform.runLater(() -> change(feature, x -> x.withEntityIds(entityIds)
                .withEndpointIds(endpointIds)));
    }

    private static <T> javafx.scene.control.cell.CheckBoxListCell<T> checkCell(java.util.function.Function<T, String> text,
                                                                          CheckListView<T> list) {
        return new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(T item) {
                        return item == null ? "" : text.apply(item);
                    }

                    @Override
                    public T fromString(String string) {
                        return null;
                    }
                });
    }
    private void change(Feature feature, UnaryOperator<Feature> edit) {
        if (feature != null) {
            editor.edit(p -> p.withFeatures(Lists.replace(p.features(), f -> f.id().equals(feature.id()), edit)));
        }
    }
}
