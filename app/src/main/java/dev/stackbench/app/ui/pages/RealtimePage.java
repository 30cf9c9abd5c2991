package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Realtime channels, added, removed and edited in place (name, transport, the entities whose changes they carry,
 * custom events, who may publish, whether clients send, auth), and why SSE or WebSocket fits the choice at hand.
 */
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
        channels.getColumns().add(Cells.text("Channel", Channel::name, 120,
                (c, v) -> edit(c, x -> v.isBlank() ? x : x.withName(Naming.kebab(v.trim())))));
        channels.getColumns().add(Cells.choice("Transport", Channel::transport, FXCollections.observableArrayList(
                Transport.values()), t -> t == Transport.SSE ? "SSE" : "WebSocket", 100,
                (c, v) -> edit(c, x -> x.withTransport(v))));
        channels.getColumns().add(Cells.text("Entity events (entities)", c -> c.entityIds().stream().map(id ->
                project.entity(id).map(Entity::name).orElse(id)).collect(Collectors.joining(", ")), 190,
                (c, v) -> edit(c, x -> x.withEntityIds(names(v).stream().map(n -> project.entityNamed(n))
                        .flatMap(java.util.Optional::stream).map(Entity::id).distinct().toList()))));
        channels.getColumns().add(Cells.text("Custom events", c -> String.join(", ", c.customEvents()), 140,
                (c, v) -> edit(c, x -> x.withCustomEvents(names(v)))));
        channels.getColumns().add(Cells.text("Publish roles", c -> String.join(", ", c.publishRoles()), 110,
                (c, v) -> edit(c, x -> x.withPublishRoles(names(v).stream().filter(r -> project.auth().role(r)
                        .isPresent()).toList()))));
        channels.getColumns().add(Cells.flag("Clients send", Channel::clientsSend,
                (c, on) -> edit(c, x -> x.withClientsSend(on))));
        channels.getColumns().add(Cells.flag("Auth", Channel::authRequired,
                (c, on) -> edit(c, x -> x.withAuthRequired(on))));
        explanation.setWrapText(true);
        channels.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> explain(now));
        Label title = Cells.title("Realtime");
        VBox.setVgrow(channels, Priority.ALWAYS);
        Button add = new Button("Add channel");
        add.setId("add-channel");
        add.setOnAction(e -> editor.edit(p -> p.withChannels(Lists.plus(p.channels(), newChannel(p)))));
        Button remove = new Button("Remove channel");
        remove.setId("remove-channel");
        remove.disableProperty().bind(channels.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String id = channels.getSelectionModel().getSelectedItem().id();
            editor.edit(p -> p.withChannels(p.channels().stream().filter(c -> !c.id().equals(id)).toList()));
        });
        Label hint = new Label("Double-click a cell to edit it; lists are comma-separated (entity names, event "
                + "names, role names).");
        hint.setWrapText(true);
        // Wrapped labels keep their full height; the table above gives way instead.
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new VBox(8, title, channels, new HBox(8, add, remove), hint, explanation);
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

    private void edit(Channel channel, UnaryOperator<Channel> change) {
        editor.edit(p -> p.withChannel(channel.id(), change));
    }

    /** An SSE channel named {@code events} (or {@code events-2}…), authenticated when the project has auth. */
    private static Channel newChannel(Project p) {
        String name = Naming.free("events", "-", n -> p.channels().stream().anyMatch(c -> c.name().equals(n)));
        return new Channel(Ids.next("ch"), name, Transport.SSE, "", List.of(), List.of(), false, p.auth().enabled(),
                List.of(), 100, 0);
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(n -> !n.isEmpty()).distinct().toList();
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
