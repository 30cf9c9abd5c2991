package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.JsonText;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * A JSON code area with highlighting, a "Format" button and a mark plus message at the first syntax error.
 * Highlighting is debounced so typing in a large body stays smooth.
 */
final class JsonEditor extends VBox {
    private final CodeArea area = new CodeArea();
    private final Label problem = new Label();
    private boolean updating;

    JsonEditor(StringProperty text, boolean editable) {
        getStyleClass().add("json-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setEditable(editable);
        area.replaceText(text.get() == null ? "" : text.get());
        PauseTransition debounce = new PauseTransition(Duration.millis(120));
        debounce.setOnFinished(e -> restyle());
        area.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                text.set(now);
                updating = false;
            }
            debounce.playFromStart();
        });
        text.addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                area.replaceText(now == null ? "" : now);
                updating = false;
            }
        });
        problem.getStyleClass().add("json-problem");
        problem.setManaged(false);
        problem.setVisible(false);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        if (editable) {
            Button format = new Button("Format");
            format.setOnAction(e -> area.replaceText(JsonText.pretty(area.getText())));
            HBox bar = new HBox(8, format, problem);
            bar.setPadding(new Insets(4, 0, 0, 0));
            getChildren().addAll(scroll, bar);
        } else {
            getChildren().add(scroll);
        }
        restyle();
    }

    CodeArea area() {
        return area;
    }

    private void restyle() {
        String text = area.getText();
        var error = JsonText.syntaxError(text);
        problem.setText(error.map(JsonText.SyntaxError::describe).orElse(""));
        problem.setVisible(error.isPresent() && area.isEditable());
        problem.setManaged(problem.isVisible());
        if (text.length() < 2_000_000) {
            area.setStyleSpans(0, JsonHighlighter.highlight(text, error.map(JsonText.SyntaxError::offset).orElse(-1)));
        }
    }
}
