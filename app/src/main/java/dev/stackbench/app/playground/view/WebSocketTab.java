package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.ConnectAs;
import dev.stackbench.app.playground.SeedLogin;
import dev.stackbench.app.playground.WebSocketViewModel;
import dev.stackbench.app.playground.WebSocketViewModel.WsRow;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * One WebSocket console: connect as the playground's login, anonymously or as a seed user, join rooms, send
 * frames (or resend a saved request's), see both directions.
 */
final class WebSocketTab extends Tab {
    WebSocketTab(String title, WebSocketViewModel vm, List<String> channels, List<SeedLogin> users, Runnable save) {
        super(title);
        ComboBox<String> channel = new ComboBox<>();
        channel.getItems().setAll(channels);
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        if (!channels.isEmpty()) {
            channel.setValue(channels.get(0));
        }
        ComboBox<ConnectAs> as = new ComboBox<>();
        as.getStyleClass().add("ws-connect-as");
        as.getItems().addAll(ConnectAs.PLAYGROUND, ConnectAs.ANONYMOUS);
        users.forEach(u -> as.getItems().add(ConnectAs.user(u)));
        as.valueProperty().bindBidirectional(vm.connectAsProperty());
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
        StateBadge state = new StateBadge(vm.stateProperty());
        state.getStyleClass().add("ws-state");
        VBox bar = new VBox(Toolbar.row(new Label("Channel"), channel, new Label("as"), as, connect, close),
                Toolbar.row(new Label("Room"), room, join, leave, ping, state));
        bar.getStyleClass().add("toolbar-rows");
        TableView<WsRow> log = LogTables.of(vm.log().rows(), "ws-log");
        log.setPlaceholder(new Label("Connect, join a room and send a message"));
        log.getColumns().add(LogTables.column("Time", 110, r -> LogTables.time(r.time())));
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
        saveButton.getStyleClass().add("ws-save");
        saveButton.setOnAction(e -> save.run());
        BorderPane pane = new BorderPane(log);
        pane.setTop(bar);
        pane.setBottom(new VBox(prepared(vm), Toolbar.row(message, send, saveButton)));
        setContent(pane);
        setOnClosed(e -> vm.close());
    }

    /** The frames of a reopened saved request, shown until sent; hidden when there are none. */
    private static HBox prepared(WebSocketViewModel vm) {
        Label frames = new Label();
        frames.getStyleClass().add("muted");
        frames.textProperty().bind(Bindings.createStringBinding(() -> vm.prepared().size() + " saved frame"
                + (vm.prepared().size() == 1 ? "" : "s") + " ready: " + String.join("  ", vm.prepared()),
                vm.prepared()));
        frames.setWrapText(true);
        frames.setMaxWidth(Double.MAX_VALUE);
        Button resend = new Button("Send saved frames");
        resend.getStyleClass().add("ws-send-prepared");
        resend.setOnAction(e -> vm.sendPrepared());
        HBox row = Toolbar.row(resend, frames);
        HBox.setHgrow(frames, javafx.scene.layout.Priority.ALWAYS);
        row.managedProperty().bind(Bindings.isNotEmpty(vm.prepared()));
        row.visibleProperty().bind(row.managedProperty());
        return row;
    }
}
