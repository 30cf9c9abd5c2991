package dev.stackbench.app.playground.view;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.app.playground.JsonText;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.Iterator;
import java.util.Map;

/** A foldable view of a JSON body: large bodies open collapsed below the first level. */
final class JsonTree extends TreeView<String> {
    private static final int EXPAND_LIMIT = 50;

    void show(String body) {
        setRoot(JsonText.parse(body).map(node -> item("body", node, 0)).orElse(new TreeItem<>("(not JSON)")));
    }

    private static TreeItem<String> item(String label, JsonNode node, int depth) {
        if (node.isValueNode()) {
            return new TreeItem<>(label + ": " + node);
        }
        TreeItem<String> item = new TreeItem<>(label + (node.isArray() ? " [" + node.size() + "]"
                : " {" + node.size() + "}"));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                item.getChildren().add(item(String.valueOf(i), node.get(i), depth + 1));
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                item.getChildren().add(item(field.getKey(), field.getValue(), depth + 1));
            }
        }
        item.setExpanded(depth < 2 && node.size() <= EXPAND_LIMIT);
        return item;
    }
}
