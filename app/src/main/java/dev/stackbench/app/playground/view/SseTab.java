package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.SseViewModel;
import dev.stackbench.app.playground.SseViewModel.SseRow;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/** SSE viewer: pick a channel, connect, watch events live, filter, pause, reconnect with Last-Event-ID. */
final class SseTab extends Tab {
    SseTab(SseViewModel vm, List<String> channels, Runnable save) {
        super("SSE");
        setClosable(false);
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("sse-channel");
        channel.getItems().setAll(channels);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        if (!channels.isEmpty()) {
            channel.setValue(channels.get(0));
        }
        Button connect = new Button("Connect");
        connect.setId("sse-connect");
        connect.setOnAction(e -> vm.connect());
        Button reconnect = new Button("Resume");
        reconnect.setTooltip(new javafx.scene.control.Tooltip("Reconnect with Last-Event-ID: missed events arrive"));
        reconnect.setOnAction(e -> vm.reconnect());
        Button disconnect = new Button("Disconnect");
        disconnect.setOnAction(e -> vm.disconnect());
        Button saveButton = new Button("Save…");
        saveButton.setId("sse-save");
        saveButton.setOnAction(e -> save.run());
        ToggleButton pause = new ToggleButton("Pause");
        pause.selectedProperty().addListener((obs, old, now) -> vm.feed().setPaused(now));
        TextField filter = new TextField();
        filter.setPromptText("Filter events");
        StateBadge state = new StateBadge(vm.stateProperty());
        state.setId("sse-state");
        filter.setPrefColumnCount(10);
        // Two rows: in one, the state badge fell off the right edge of a 1280-pixel window.
        HBox connection = Toolbar.row(new Label("Channel"), channel, connect, reconnect, disconnect, state);
        HBox view = Toolbar.row(new Label("Filter"), filter, pause, saveButton);
        VBox bar = new VBox(connection, view);
        bar.getStyleClass().add("toolbar-rows");
        FilteredList<SseRow> visible = new FilteredList<>(vm.feed().rows());
        filter.textProperty().addListener((obs, old, now) -> visible.setPredicate(row -> row.matches(now)));
        TableView<SseRow> table = LogTables.of(visible, "sse-events");
        table.setPlaceholder(new Label("No events yet — connect, then create a row in the HTTP tab"));
        table.getColumns().add(LogTables.column("Time", 110, r -> LogTables.time(r.time())));
        table.getColumns().add(LogTables.column("Id", 70, r -> r.id() == null ? "" : r.id()));
        table.getColumns().add(LogTables.column("Event", 120, SseRow::event));
        table.getColumns().add(LogTables.column("Data", 700, SseRow::data));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        setContent(pane);
    }
}
