package dev.stackbench.app.playground.view;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A row of controls where buttons and labels never shrink below their text; text fields take the rest. */
final class Toolbar {
    private Toolbar() {
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.getStyleClass().add("toolbar-row");
        for (Node node : nodes) {
            if (node instanceof TextField) {
                HBox.setHgrow(node, Priority.ALWAYS);
            } else if (node instanceof Control control) {
                control.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }
}
