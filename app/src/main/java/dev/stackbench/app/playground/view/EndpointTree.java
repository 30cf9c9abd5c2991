package dev.stackbench.app.playground.view;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.app.ui.theme.MethodBadge;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.function.Consumer;

/** The model's endpoints grouped by resource; selecting one fills the request editor. */
final class EndpointTree extends TreeView<Object> {
    EndpointTree(Consumer<Endpoint> onSelect) {
        setShowRoot(false);
        setCellFactory(tree -> new TreeCell<>() {
            private final javafx.scene.control.Label badge = MethodBadge.of("");

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item instanceof Endpoint e) {
                    MethodBadge.show(badge, e.method().name());
                    setText(e.path());
                    setGraphic(badge);
                } else {
                    setText(empty || item == null ? null : item.toString());
                    setGraphic(null);
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() instanceof Endpoint endpoint) {
                onSelect.accept(endpoint);
            }
        });
    }

    void show(Project project) {
        TreeItem<Object> root = new TreeItem<>("endpoints");
        for (Entity entity : project.entities()) {
            TreeItem<Object> group = new TreeItem<>(Naming.resourcePath(entity));
            project.endpointsOf(entity.id()).forEach(e -> group.getChildren().add(new TreeItem<>(e)));
            group.setExpanded(true);
            root.getChildren().add(group);
        }
        TreeItem<Object> custom = new TreeItem<>("custom");
        project.endpoints().stream().filter(e -> e.entityId() == null)
                .forEach(e -> custom.getChildren().add(new TreeItem<>(e)));
        if (!custom.getChildren().isEmpty()) {
            custom.setExpanded(true);
            root.getChildren().add(custom);
        }
        setRoot(root);
    }
}
