package dev.stackbench.app.playground.view;

import dev.stackbench.model.Playground.RequestCollection;
import dev.stackbench.model.Playground.SavedRequest;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Consumer;

/** The model's saved requests, collection by collection; double-click or Open loads one, Delete removes it. */
final class CollectionsPane extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("collections"));
    private final Label empty = new Label("Nothing saved yet: use Save… on the HTTP, SSE or WebSocket tab.");

    CollectionsPane(Consumer<SavedRequest> open, Consumer<SavedRequest> delete) {
        tree.setId("collections");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof SavedRequest r ? r.name() : item.toString());
                setTooltip(item instanceof SavedRequest r ? new Tooltip(r.kind() + " " + r.url()) : null);
                getStyleClass().removeAll("saved-http", "saved-sse", "saved-websocket");
                if (!empty && item instanceof SavedRequest r) {
                    getStyleClass().add("saved-" + r.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selected().ifPresent(open);
            }
        });
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(8));
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(tree.visibleProperty().not());
        Button openButton = new Button("Open");
        openButton.setId("collection-open");
        openButton.setOnAction(e -> selected().ifPresent(open));
        Button deleteButton = new Button("Delete");
        deleteButton.setId("collection-delete");
        deleteButton.setOnAction(e -> selected().ifPresent(delete));
        setTop(Toolbar.row(openButton, deleteButton));
        setCenter(new StackPane(tree, empty));
    }

    void show(List<RequestCollection> collections) {
        tree.getRoot().getChildren().clear();
        for (RequestCollection collection : collections) {
            TreeItem<Object> group = new TreeItem<>(collection.name());
            collection.requests().forEach(r -> group.getChildren().add(new TreeItem<>(r)));
            group.setExpanded(true);
            tree.getRoot().getChildren().add(group);
        }
        tree.setVisible(!collections.isEmpty());
    }

    private java.util.Optional<SavedRequest> selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof SavedRequest r ? java.util.Optional.of(r)
                : java.util.Optional.empty();
    }
}
