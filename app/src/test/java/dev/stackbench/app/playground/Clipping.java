package dev.stackbench.app.playground;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user would see cut off in the visible part of a window: a label or button shown with an ellipsis, or a
 * toolbar row whose controls run past its right edge. Table, list and tree cells are left out: their columns
 * scroll.
 */
final class Clipping {
    private Clipping() {
    }

    static List<String> in(Parent root) {
        List<String> clipped = new ArrayList<>();
        walk(root, clipped);
        return clipped;
    }

    private static void walk(Node node, List<String> clipped) {
        if (!node.isVisible() || node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(shown -> !shown.getText().equals(labeled.getText())).findFirst()
                    .ifPresent(shown -> clipped.add("'" + labeled.getText() + "' shown as '" + shown.getText() + "'"));
        }
        if (node.getStyleClass().contains("toolbar-row") && node instanceof Region row) {
            for (Node child : row.getChildrenUnmodifiable()) {
                if (child.isVisible() && child.getBoundsInParent().getMaxX() > row.getWidth() + 0.5) {
                    clipped.add(child + " runs past its toolbar (" + child.getBoundsInParent().getMaxX() + " > "
                            + row.getWidth() + ")");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, clipped));
        }
    }
}
