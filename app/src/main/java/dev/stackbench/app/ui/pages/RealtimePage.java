package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/** Realtime channels with transport, events and auth, and why SSE or WebSocket fits the choice at hand. */
public final class RealtimePage implements Page {
    private final Editor editor;
    private final TableView<Channel> channels = new TableView<>();
    private final Label explanation = new Label();
    private final VBox root;
    private Project project;

    public RealtimePage(Editor editor) {
        this.editor = editor;
        channels.setId("channel-table");
        channels.setEditable(true);
        channels.getColumns().add(Cells.column("Channel", Channel::name, 130));
        channels.getColumns().add(Cells.text("Transport", c -> c.transport().name().toLowerCase(java.util.Locale.ROOT),
                100, (c, v) -> change(c, v.trim().equalsIgnoreCase("websocket") ? Transport.WEBSOCKET : Transport.SSE)));
        channels.getColumns().add(Cells.column("Entity events", c -> c.entityIds().stream().map(id -> project
                .entity(id).map(Entity::name).orElse(id)).collect(Collectors.joining(", ")), 200));
        channels.getColumns().add(Cells.column("Custom events", c -> String.join(", ", c.customEvents()), 160));
        channels.getColumns().add(Cells.flag("Clients send", Channel::clientsSend,
                (c, on) -> editor.edit(p -> p.withChannel(c.id(), x -> x.withClientsSend(on)))));
        channels.getColumns().add(Cells.flag("Auth", Channel::authRequired,
                (c, on) -> editor.edit(p -> p.withChannel(c.id(), x -> x.withAuthRequired(on)))));
        explanation.setWrapText(true);
        channels.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> explain(now));
        Label title = Cells.title("Realtime");
        VBox.setVgrow(channels, Priority.ALWAYS);
        root = new VBox(8, title, channels, explanation);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project current) {
        this.project = current;
        Cells.setRows(channels, current.channels());
        explain(channels.getSelectionModel().getSelectedItem());
    }

    @Override
    public void select(String elementId, String partId) {
        Cells.select(channels, row -> row.id().equals(elementId));
    }

    private void change(Channel channel, Transport transport) {
        editor.edit(p -> p.withChannel(channel.id(), c -> c.withTransport(transport)));
    }

    private void explain(Channel c) {
        if (c == null) {
            explanation.setText("SSE is one-way (server → client) over plain HTTP: it passes proxies, reconnects by "
                    + "itself and resumes with Last-Event-ID. WebSocket is two-way: choose it when clients also "
                    + "send (chat, presence, collaborative editing). Select a channel to see the advice for it.");
            return;
        }
        boolean ws = c.transport() == Transport.WEBSOCKET;
        explanation.setText(c.clientsSend() && !ws
                ? c.name() + ": clients also send messages here — that needs WebSocket, not SSE."
                : !c.clientsSend() && ws
                ? c.name() + ": only the server talks here — SSE would be simpler (plain HTTP, automatic reconnect and "
                + "resume)."
                : c.name() + ": " + (ws ? "WebSocket fits: clients talk in both directions." : "SSE fits: the server "
                + "pushes and clients listen; browsers reconnect and resume by themselves."));
    }
}
