package dev.stackbench.app.ui.pages;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Form fields for the pages' settings: each commits one edit when the user is done with it. */
final class Forms {
    private Forms() {
    }

    /** A text field that commits on Enter or when focus leaves it changed (typing elsewhere never loses input). */
    static TextField text(String id, String value, Consumer<String> commit) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        String shown = field.getText();
        field.setOnAction(e -> {
            if (!field.getText().equals(shown)) {
                commit.accept(field.getText());
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().equals(shown)) {
                commit.accept(field.getText());
            }
        });
        return field;
    }

    /** A drop-down of {@code choices} shown by {@code label}, set to {@code value}; picking another commits it. */
    static <T> ComboBox<T> choice(String id, List<T> choices, T value, Function<T, String> label,
                                  Consumer<T> commit) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setCellFactory(l -> labelled(label));
        box.setButtonCell(labelled(label));
        box.setValue(value);
        // Committed once the drop-down has closed: the edit redraws the page, which replaces this box.
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now, value)) {
                javafx.application.Platform.runLater(() -> commit.accept(now));
            }
        });
        return box;
    }

    /** A check box that commits its new state at once. */
    static CheckBox check(String id, String text, boolean value, Consumer<Boolean> commit) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(value);
        box.setOnAction(e -> commit.accept(box.isSelected()));
        return box;
    }

    /** A whole-number field: a positive number commits like {@link #text}; anything else puts the value back. */
    static TextField number(String id, int value, IntConsumer commit) {
        TextField[] field = new TextField[1];
        field[0] = text(id, Integer.toString(value), v -> positive(v).ifPresentOrElse(commit,
                () -> field[0].setText(Integer.toString(value))));
        field[0].setPrefColumnCount(7);
        field[0].setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return field[0];
    }

    /** The positive whole number {@code text} spells, if it spells one. */
    static OptionalInt positive(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** Muted guidance text that wraps and always keeps its full height (the control above gives way instead). */
    static javafx.scene.control.Label hint(String text) {
        javafx.scene.control.Label hint = new javafx.scene.control.Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return hint;
    }

    private static <T> ListCell<T> labelled(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }
}
