package dev.stackbench.app.ui.export;

import dev.stackbench.export.GeneratedFile;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The export's files as a folder tree (folders first in path order), and the path of a tree item. */
final class FileTree {
    private FileTree() {
    }

    static TreeView<String> of(List<GeneratedFile> files) {
        TreeItem<String> root = new TreeItem<>("export");
        Map<String, TreeItem<String>> folders = new HashMap<>();
        for (GeneratedFile f : files) {
            String[] parts = f.path().split("/");
            TreeItem<String> parent = root;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                prefix.append(parts[i]).append('/');
                TreeItem<String> at = parent;
                String name = parts[i];
                parent = folders.computeIfAbsent(prefix.toString(), k -> {
                    TreeItem<String> folder = new TreeItem<>(name);
                    at.getChildren().add(folder);
                    return folder;
                });
            }
            parent.getChildren().add(new TreeItem<>(parts[parts.length - 1]));
        }
        root.setExpanded(true);
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        return tree;
    }

    /** {@code src/main/java/App.java} for the item of that file. */
    static String path(TreeItem<String> item) {
        if (item == null || item.getParent() == null) {
            return "";
        }
        String parent = path(item.getParent());
        return parent.isEmpty() ? item.getValue() : parent + "/" + item.getValue();
    }
}
