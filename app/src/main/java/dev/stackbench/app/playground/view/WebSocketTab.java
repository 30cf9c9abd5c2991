package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.WebSocketViewModel;
import dev.stackbench.app.playground.WebSocketViewModel.WsRow;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.List;

/** One WebSocket console: connect with the current login, join rooms, send frames, see both directions. */
final class WebSocketTab extends Tab {
    WebSocketTab(String title, WebSocketViewModel vm, List<String> channels, Runnable save) {
        super(title);
        ComboBox<String> channel = new ComboBox<>();
        channel.getItems().setAll(channels);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        if (!channels.isEmpty()) {
            channel.setValue(channels.get(0));
        }
        Button connect = new Button("Connect");
        connect.setOnAction(e -> vm.connect());
        Button close = new Button("Close");
        close.setOnAction(e -> vm.close());
        TextField room = new TextField();
        room.setPrefColumnCount(10);
        room.textProperty().bindBidirectional(vm.roomProperty());
        Button join = new Button("Join");
        join.setOnAction(e -> vm.join());
        Button leave = new Button("Leave");
        leave.setOnAction(e -> vm.leave());
        Button ping = new Button("Ping");
        ping.setOnAction(e -> vm.ping());
        Label state = new Label();
        state.textProperty().bind(vm.stateProperty());
        HBox bar = Toolbar.row(new Label("Channel"), channel, connect, close, new Label("Room"), room, join, leave,
                ping, state);
        TableView<WsRow> log = LogTables.of(vm.log().rows(), "ws-log");
        log.setPlaceholder(new Label("Connect, join a room and send a message"));
        log.getColumns().add(LogTables.column("Time", 110, r -> r.time().toString()));
        log.getColumns().add(LogTables.column("", 40, WsRow::direction));
        log.getColumns().add(LogTables.column("Frame", 800, WsRow::text));
        TextField message = new TextField();
        message.setPromptText("Text, or a JSON frame such as {\"type\":\"message\",\"room\":\"general\",\"data\":\"hi\"}");
        Button send = new Button("Send");
        Runnable sendIt = () -> {
            vm.send(message.getText());
            message.clear();
        };
        send.setOnAction(e -> sendIt.run());
        message.setOnAction(e -> sendIt.run());
        Button saveButton = new Button("Save…");
        saveButton.setOnAction(e -> save.run());
        HBox input = Toolbar.row(message, send, saveButton);
        BorderPane pane = new BorderPane(log);
        pane.setTop(bar);
        pane.setBottom(input);
        setContent(pane);
    }
}
