package dev.stackbench.app.ui.main;

import dev.stackbench.model.advisor.Severity;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The problems panel's severity marks, drawn rather than loaded: a red disc with "!" for errors, an amber
 * triangle for warnings, a blue disc with "i" for advice — shapes and colours people know from IDEs, readable in
 * both themes.
 */
final class SeverityIcon {
    private SeverityIcon() {
    }

    static Node of(Severity severity) {
        Shape shape = switch (severity) {
            case ERROR -> new Circle(7);
            case WARNING -> new Polygon(7, 0, 14, 13, 0, 13);
            case ADVICE -> new Circle(7);
        };
        shape.getStyleClass().addAll("severity-icon", "severity-" + severity.name().toLowerCase(java.util.Locale.ROOT));
        Text glyph = new Text(severity == Severity.ADVICE ? "i" : "!");
        glyph.setFont(Font.font("System", FontWeight.BOLD, 10));
        glyph.getStyleClass().add("severity-glyph");
        if (severity == Severity.WARNING) {
            glyph.setTranslateY(2);
        }
        StackPane icon = new StackPane(shape, glyph);
        icon.setMinSize(16, 16);
        icon.setMaxSize(16, 16);
        return icon;
    }
}
