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
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One entity: its fields in an editable table (name, type, required, unique, default, lengths, pattern, enum
 * values, sensitive), its relationships with a form to add one, and its derived table and resource names.
 */
public final class EntityPage implements Page {
    private final Editor editor;
    private final String entityId;
    private final TableView<Field> fields = new TableView<>();
    private final ListView<String> relationships = new ListView<>();
    private final ListView<String> indexes = new ListView<>();
    private final javafx.scene.layout.FlowPane suggestions = new javafx.scene.layout.FlowPane(6, 6);
    private final CheckBox uniqueIndex = new CheckBox("unique");
    private final Label names = new Label();
    private final Label title = new Label();
    private final ComboBox<RelationKind> kind = new ComboBox<>(FXCollections.observableArrayList(RelationKind.values()));
    private final ComboBox<String> target = new ComboBox<>();
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
                Field.of(Ids.next("fld"), freeName(en),
                        FieldType.STRING))))));
        Button remove = new Button("Remove field");
        remove.disableProperty().bind(fields.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            Field selected = fields.getSelectionModel().getSelectedItem();
            editor.edit(p -> p.withEntity(entityId, en -> en.withFields(en.fields().stream()
                    .filter(f -> !f.id().equals(selected.id())).toList())));
        });
        kind.getSelectionModel().select(RelationKind.MANY_TO_ONE);
        Button relate = new Button("Add relationship");
        relate.setId("add-relationship");
        relate.disableProperty().bind(target.getSelectionModel().selectedItemProperty().isNull());
        relate.setOnAction(e -> addRelationship());
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
        relationships.setPrefHeight(120);
        VBox.setVgrow(fields, Priority.ALWAYS);
        Button index = new Button("Index the selected field");
        index.setId("add-index");
        index.disableProperty().bind(fields.getSelectionModel().selectedItemProperty().isNull());
        index.setOnAction(e -> addIndex(fields.getSelectionModel().getSelectedItem(), uniqueIndex.isSelected()));
        indexes.setId("index-list");
        indexes.setPrefHeight(90);
        root = new VBox(8, new HBox(12, title, delete), names, fields, new HBox(8, add, remove),
                new Label("Relationships"), relationships,
                new HBox(8, new Label("New:"), kind, new Label("to"), target, relate),
                new Label("Indexes (derived ones come from foreign keys, filters and sorts)"), indexes,
                new HBox(8, index, uniqueIndex), suggestions);
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
        List<String> rels = new ArrayList<>();
        for (Relationship r : e.relationships()) {
            rels.add(r.name() + ": " + r.kind() + " → " + current.entity(r.targetEntityId()).map(Entity::name)
                    .orElse("?") + " (on delete " + r.onDelete() + ")");
        }
        relationships.getItems().setAll(rels);
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

    private void addRelationship() {
        Entity other = project.entityNamed(target.getValue()).orElseThrow();
        RelationKind k = kind.getValue();
        String name = k == RelationKind.MANY_TO_MANY || k == RelationKind.ONE_TO_MANY
                ? Naming.camel(Naming.plural(other.name())) : Naming.camel(other.name());
        editor.edit(p -> p.withEntity(entityId, en -> en.withRelationships(Lists.plus(en.relationships(),
                new Relationship(Ids.next("rel"), name, k, other.id(), OnDelete.RESTRICT, false, null, null, false,
                        false)))));
    }

    private TableColumn<Field, String> text(String name, Function<Field, String> get,
                                            BiFunction<Field, String, Field> set, double width) {
        return Cells.text(name, get, width, (row, v) -> change(row, x -> set.apply(x, v)));
    }

    private TableColumn<Field, FieldType> type() {
        TableColumn<Field, FieldType> column = Cells.column("Type", Field::type, 100);
        column.setCellFactory(ComboBoxTableCell.forTableColumn(FieldType.values()));
        column.setOnEditCommit(e -> change(e.getRowValue(), f -> f.withType(e.getNewValue())));
        return column;
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

    private static String freeName(Entity e) {
        String name = "newField";
        for (int i = 2; e.fieldNamed(name).isPresent(); i++) {
            name = "newField" + i;
        }
        return name;
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
