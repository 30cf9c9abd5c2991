package dev.stackbench.app.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real conflicts of a re-export, side by side: the user's file (editable, to merge by hand) and the new export.
 * Keep mine, take the new one, or save the edited merge; each choice removes the {@code .stackbench-new} file.
 */
final class Conflicts {
    private Conflicts() {
    }

    static Node view(Path out, List<String> conflicts) {
        ListView<String> list = new ListView<>();
        list.setId("conflicts");
        list.getItems().setAll(conflicts);
        TextArea mine = new TextArea();
        TextArea theirs = new TextArea();
        theirs.setEditable(false);
        mine.setStyle("-fx-font-family: monospace;");
        theirs.setStyle("-fx-font-family: monospace;");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            mine.setText(now == null ? "" : read(out.resolve(now)));
            theirs.setText(now == null ? "" : read(out.resolve(now + ".stackbench-new")));
        });
        Button keep = new Button("Keep mine");
        keep.setOnAction(e -> resolve(out, list, null));
        Button take = new Button("Take the new one");
        take.setOnAction(e -> resolve(out, list, theirs.getText()));
        Button save = new Button("Save my merge");
        save.setOnAction(e -> resolve(out, list, mine.getText()));
        SplitPane sides = new SplitPane(new VBox(4, new Label("Your file (editable)"), mine),
                new VBox(4, new Label("New export"), theirs));
        VBox.setVgrow(mine, Priority.ALWAYS);
        VBox.setVgrow(theirs, Priority.ALWAYS);
        VBox box = new VBox(6, new Label(conflicts.size() + " conflicts: both you and the model changed the same "
                + "lines"), list, sides, new HBox(8, keep, take, save));
        VBox.setVgrow(sides, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        if (!conflicts.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        return box;
    }

    /** Writes {@code content} over the user's file (null keeps it) and drops the conflict file. */
    private static void resolve(Path out, ListView<String> list, String content) {
        String path = list.getSelectionModel().getSelectedItem();
        if (path == null) {
            return;
        }
        try {
            if (content != null) {
                Files.writeString(out.resolve(path), content, StandardCharsets.UTF_8);
            }
            Files.deleteIfExists(out.resolve(path + ".stackbench-new"));
            list.getItems().remove(path);
        } catch (IOException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return file + ": " + e.getMessage();
        }
    }
}
