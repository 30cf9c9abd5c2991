package dev.stackbench.app.ui.pages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Small helpers for the pages' tables. */
public final class Cells {
    private Cells() {
    }

    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A text column edited in place; {@code commit} receives the row and the new text (never null). */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width,
                                           BiConsumer<S, String> commit) {
        TableColumn<S, String> column = column(title, value, width);
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> commit.accept(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue()));
        return column;
    }

    /**
     * A drop-down column: double-click a cell (or press Enter on it) and pick one of {@code choices}, each shown
     * by {@code label}; {@code commit} receives the row and the choice.
     */
    public static <S, T> TableColumn<S, T> choice(String title, Function<S, T> value,
                                                  javafx.collections.ObservableList<T> choices,
                                                  Function<T, String> label, double width, BiConsumer<S, T> commit) {
        TableColumn<S, T> column = column(title, value, width);
        javafx.util.StringConverter<T> shown = new javafx.util.StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : label.apply(choice);
            }

            @Override
            public T fromString(String text) {
                return choices.stream().filter(c -> label.apply(c).equals(text)).findFirst().orElse(null);
            }
        };
        column.setCellFactory(javafx.scene.control.cell.ComboBoxTableCell.forTableColumn(shown, choices));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                commit.accept(e.getRowValue(), e.getNewValue());
            }
        });
        return column;
    }

    /** An enum constant as the model file spells it, for people: {@code MANY_TO_ONE} → "many-to-one". */
    public static String label(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A check-box column; {@code toggle} receives the row and the new state. */
    public static <S> TableColumn<S, Boolean> flag(String title, Function<S, Boolean> value, BiConsumer<S, Boolean> toggle) {
        TableColumn<S, Boolean> column = column(title, value, 80);
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> {
                    if (getTableRow().getItem() != null) {
                        toggle.accept(getTableRow().getItem(), box.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(Boolean state, boolean empty) {
                super.updateItem(state, empty);
                box.setSelected(state != null && state);
                setGraphic(empty || state == null ? null : box);
            }
        });
        return column;
    }

    public static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /** Selects, scrolls to and focuses the first row matching {@code which} (a problem's or a link's target). */
    public static <S> void select(TableView<S> table, java.util.function.Predicate<S> which) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (which.test(table.getItems().get(i))) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
                table.requestFocus();
                return;
            }
        }
    }

    /** A tab of a page's tab pane (pages' tabs are never closed), its content a little below the tab strip. */
    public static javafx.scene.control.Tab tab(String title, javafx.scene.layout.VBox content) {
        content.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** A page's heading. */
    public static javafx.scene.control.Label title(String text) {
        javafx.scene.control.Label title = new javafx.scene.control.Label(text);
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        return title;
    }

    /** Replaces the rows and keeps the selected index, so a page redrawn after an edit keeps its place. */
    public static <S> void setRows(TableView<S> table, java.util.List<S> rows) {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(rows);
        if (selected >= 0 && selected < rows.size()) {
            table.getSelectionModel().select(selected);
        }
    }
}
