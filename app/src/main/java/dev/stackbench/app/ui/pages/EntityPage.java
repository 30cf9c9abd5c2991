package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.edit.RelationshipEdits;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One entity: its fields in an editable table (name, type, required, unique, default, lengths, pattern, enum
 * values, sensitive); below, its relationships (kind, target, required, on delete, join table, foreign-key index,
 * nested route, owner) edited in place with a form to add one, and its indexes with the advisor's suggestions.
 */
public final class EntityPage implements Page {
    private final Editor editor;
    private final String entityId;
    private final TableView<Field> fields = new TableView<>();
    private final TableView<Relationship> relationships = new TableView<>();
    private final javafx.collections.ObservableList<String> entityIds = FXCollections.observableArrayList();
    private final ListView<String> indexes = new ListView<>();
    private final javafx.scene.layout.FlowPane suggestions = new javafx.scene.layout.FlowPane(6, 6);
    private final CheckBox uniqueIndex = new CheckBox("unique");
    private final Label names = new Label();
    private final Label title = new Label();
    private final ComboBox<RelationKind> kind = new ComboBox<>(FXCollections.observableArrayList(RelationKind.values()));
    private final ComboBox<String> target = new ComboBox<>();
    private final TabPane details = new TabPane();
    private final VBox root;
    private Project project;

    public EntityPage(Editor editor, String entityId) {
        this.editor = editor;
        this.entityId = entityId;
        fields.setId("field-table");
        fields.setEditable(true);
        fields.getColumns().add(text("Name", Field::name, (f, v) -> v.isBlank() ? f : f.withName(v.trim()), 150));
        fields.getColumns().add(type());
        fields.getColumns().add(flag("Required", Field::required, Field::withRequired));
        fields.getColumns().add(flag("Unique", Field::unique, Field::withUnique));
        fields.getColumns().add(text("Default", f -> nullToEmpty(f.defaultValue()),
                (f, v) -> f.withDefaultValue(v.isBlank() ? null : v), 90));
        fields.getColumns().add(text("Min length", f -> number(f.minLength()),
                (f, v) -> f.withLength(parse(v), f.maxLength()), 80));
        fields.getColumns().add(text("Max length", f -> number(f.maxLength()),
                (f, v) -> f.withLength(f.minLength(), parse(v)), 80));
        fields.getColumns().add(text("Pattern", f -> nullToEmpty(f.pattern()),
                (f, v) -> f.withPattern(v.isBlank() ? null : v), 140));
        fields.getColumns().add(text("Enum values", f -> String.join(", ", f.enumValues()),
                (f, v) -> f.withEnumValues(v.isBlank() ? List.of() : List.of(v.split("\\s*,\\s*"))), 150));
        fields.getColumns().add(flag("Sensitive", Field::sensitive, Field::withSensitive));
        Button add = new Button("Add field");
        add.setId("add-field");
        add.setOnAction(e -> editor.edit(p -> p.withEntity(entityId, en -> en.withFields(Lists.plus(en.fields(),
                Field.of(Ids.next("fld"), Naming.free("newField", "", n -> en.fieldNamed(n).isPresent()),
                        FieldType.STRING))))));
        Button remove = new Button("Remove field");
        remove.disableProperty().bind(fields.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            Field selected = fields.getSelectionModel().getSelectedItem();
            editor.edit(p -> p.withEntity(entityId, en -> en.withFields(en.fields().stream()
                    .filter(f -> !f.id().equals(selected.id())).toList())));
        });
        kind.getSelectionModel().select(RelationKind.MANY_TO_ONE);
        kind.setId("relationship-kind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RelationKind k) {
                return k == null ? "" : Cells.label(k);
            }

            @Override
            public RelationKind fromString(String text) {
                return RelationKind.valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
        });
        target.setId("relationship-target");
        Button relate = new Button("Add relationship");
        relate.setId("add-relationship");
        relate.disableProperty().bind(target.getSelectionModel().selectedItemProperty().isNull());
        relate.setOnAction(e -> editor.edit(p -> RelationshipEdits.add(p, entityId,
                p.entityNamed(target.getValue()).orElseThrow().id(), kind.getValue())));
        Button unrelate = new Button("Remove relationship");
        unrelate.setId("remove-relationship");
        unrelate.disableProperty().bind(relationships.getSelectionModel().selectedItemProperty().isNull());
        unrelate.setOnAction(e -> editor.edit(p -> RelationshipEdits.remove(p, entityId,
                relationships.getSelectionModel().getSelectedItem().id())));
        relationshipColumns();
        title.setStyle(Cells.title("").getStyle());
        Button delete = new Button("Delete entity");
        delete.setId("delete-entity");
        delete.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType
                    .CONFIRMATION, "Delete " + title.getText() + ", its endpoints and the relationships to it? "
                    + "Undo brings it back.");
            if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent()) {
                editor.edit(p -> dev.stackbench.model.edit.ModelEdits.removeEntity(p, entityId));
            }
        });
        VBox.setVgrow(fields, Priority.ALWAYS);
        Button index = new Button("Index the selected field");
        index.setId("add-index");
        index.disableProperty().bind(fields.getSelectionModel().selectedItemProperty().isNull());
        index.setOnAction(e -> addIndex(fields.getSelectionModel().getSelectedItem(), uniqueIndex.isSelected()));
        indexes.setId("index-list");
        VBox.setVgrow(relationships, Priority.ALWAYS);
        VBox.setVgrow(indexes, Priority.ALWAYS);
        details.getTabs().setAll(
                Cells.tab("Relationships", new VBox(6, relationships, new HBox(8, new Label("New:"), kind,
                        new Label("to"), target, relate, unrelate))),
                Cells.tab("Indexes", new VBox(6, new Label("Derived indexes come from foreign keys, filters and sorts."),
                        indexes, new HBox(8, index, uniqueIndex), suggestions)));
        details.setPrefHeight(260);
        details.setMinHeight(200);
        root = new VBox(8, new HBox(12, title, delete), names, fields, new HBox(8, add, remove), details);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project current) {
        this.project = current;
        Optional<Entity> entity = current.entity(entityId);
        if (entity.isEmpty()) {
            title.setText("This entity no longer exists");
            fields.getItems().clear();
            return;
        }
        Entity e = entity.get();
        title.setText(e.name());
        names.setText("Table " + Naming.tableName(e) + " · resource " + Naming.resourcePath(e)
                + (e.description().isBlank() ? "" : " · " + e.description()));
        Cells.setRows(fields, e.fields());
        Cells.setRows(relationships, e.relationships());
        entityIds.setAll(current.entities().stream().map(Entity::id).toList());
        target.getItems().setAll(current.entities().stream().map(Entity::name).toList());
        showIndexes(current, e);
    }

    /** The table's indexes from the relational plan, and the advisor's index suggestions one click away. */
    private void showIndexes(Project current, Entity e) {
        indexes.getItems().setAll(dev.stackbench.model.plan.PlanBuilder.build(current).tableOfEntity(e.id())
                .map(t -> t.indexes().stream().map(i -> i.name() + " (" + String.join(", ", i.columns()) + ")"
                        + (i.unique() ? " unique" : "") + (i.derived() ? " · derived" : "")).toList())
                .orElse(List.of()));
        suggestions.getChildren().clear();
        for (var finding : dev.stackbench.model.advisor.Advisor.standard().run(current)) {
            boolean here = entityId.equals(finding.path().elementId()) && finding.message().toLowerCase(
                    java.util.Locale.ROOT).contains("index");
            if (here && finding.quickFix().isPresent()) {
                Button fix = new Button("Fix: " + finding.quickFix().get().label());
                fix.setTooltip(new javafx.scene.control.Tooltip(finding.message()));
                fix.setOnAction(a -> editor.edit(finding.quickFix().get().apply()));
                suggestions.getChildren().add(fix);
            }
        }
    }

    private void addIndex(Field field, boolean unique) {
        editor.edit(p -> p.withEntity(entityId, en -> en.withIndexes(Lists.plus(en.indexes(),
                new dev.stackbench.model.Index(Ids.next("idx"), "ix_" + Naming.tableName(en) + "_"
                        + Naming.column(field) + (unique ? "_unique" : ""), List.of(field.id()), unique)))));
    }

    @Override
    public void select(String elementId, String partId) {
        Cells.select(fields, row -> row.id().equals(partId));
    }

    private void relationshipColumns() {
        relationships.setId("relationship-table");
        relationships.setEditable(true);
        relationships.setPlaceholder(new Label("No relationships yet: add one below, or shift-drag from this "
                + "entity to another on the diagram."));
        var columns = relationships.getColumns();
        columns.add(Cells.text("Name", Relationship::name, 110, (r, v) -> relate(r, x -> v.isBlank() ? x
                : x.withName(v.trim()))));
        columns.add(Cells.choice("Kind", Relationship::kind, FXCollections.observableArrayList(RelationKind.values()),
                Cells::label, 110, (r, v) -> editor.edit(p -> RelationshipEdits.setKind(p, entityId, r.id(), v))));
        columns.add(Cells.choice("Target", Relationship::targetEntityId, entityIds,
                id -> project.entity(id).map(Entity::name).orElse(id), 100, (r, v) -> relate(r, x -> x.withTarget(v))));
        columns.add(Cells.flag("Required", Relationship::required, (r, on) -> relate(r, x -> x.withRequired(on))));
        columns.add(Cells.choice("On delete", Relationship::onDelete, FXCollections.observableArrayList(
                OnDelete.values()), Cells::label, 95, (r, v) -> relate(r, x -> x.withOnDelete(v))));
        columns.add(Cells.text("Join table", r -> r.joinTable() == null ? "" : r.joinTable(), 95,
                (r, v) -> relate(r, x -> x.withJoinTable(v.isBlank() ? null : v.trim()))));
        columns.add(Cells.flag("FK index", r -> !r.fkIndexOff(), (r, on) -> relate(r, x -> x.withFkIndexOff(!on))));
        columns.add(Cells.flag("Nested route", Relationship::nestedRoute,
                (r, on) -> editor.edit(p -> RelationshipEdits.setNestedRoute(p, entityId, r.id(), on))));
        columns.add(Cells.flag("Owner", r -> r.id().equals(project.entity(entityId).map(Entity::ownerRelationshipId)
                .orElse(null)), (r, on) -> editor.edit(p -> RelationshipEdits.setOwner(p, entityId, r.id(), on))));
    }

    private void relate(Relationship relationship, java.util.function.UnaryOperator<Relationship> edit) {
        editor.edit(p -> p.withEntity(entityId, en -> en.withRelationship(relationship.id(), edit)));
    }

    private TableColumn<Field, String> text(String name, Function<Field, String> get,
                                            BiFunction<Field, String, Field> set, double width) {
        return Cells.text(name, get, width, (row, v) -> change(row, x -> set.apply(x, v)));
    }

    private TableColumn<Field, FieldType> type() {
        return Cells.choice("Type", Field::type, FXCollections.observableArrayList(FieldType.values()), Cells::label,
                100, (row, v) -> change(row, f -> f.withType(v)));
    }

    private TableColumn<Field, Boolean> flag(String name, Function<Field, Boolean> get,
                                             BiFunction<Field, Boolean, Field> set) {
        return Cells.flag(name, get, (row, on) -> change(row, x -> set.apply(x, on)));
    }

    private void change(Field field, java.util.function.UnaryOperator<Field> edit) {
        if (field != null) {
            editor.edit(p -> p.withEntity(entityId, en -> en.withField(field.id(), edit)));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static Integer parse(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
