package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.CurlCommand;
import dev.stackbench.app.playground.Exchange;
import dev.stackbench.app.playground.PlaygroundSession;
import dev.stackbench.app.playground.SavedRequests;
import dev.stackbench.app.playground.SeedLogin;
import dev.stackbench.app.playground.WebSocketViewModel;
import dev.stackbench.model.Playground;
import dev.stackbench.model.Transport;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import java.util.List;

/**
 * The live API playground: the model's endpoints and saved collections on the left, request and response in the
 * centre, the auth helper on top, the credentials on the right, and tabs for SSE, WebSocket consoles, history,
 * the server's traffic and the environment.
 */
public final class PlaygroundWindow {
    private final PlaygroundSession session;
    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final HttpTab httpTab;
    private final SseTab sseTab;
    private int consoles;

    public PlaygroundWindow(PlaygroundSession session) {
        this(session, new Stage());
    }

    public PlaygroundWindow(PlaygroundSession session, Stage stage) {
        this.session = session;
        this.stage = stage;
        httpTab = new HttpTab(session.http(), this::saveRequest);
        sseTab = new SseTab(session.sse(), session.channels(Transport.SSE), () -> askCollection(collection ->
                session.saveRealtimeRequest(collection, Playground.SavedRequest.Kind.SSE,
                        session.sse().channelProperty().get(), List.of())));
        tabs.getTabs().addAll(httpTab, sseTab, historyTab(), new TrafficTab(session.traffic()), environmentTab());
        addConsole();
        tabs.getSelectionModel().select(httpTab);
        tabs.setId("playground-tabs");
        SplitPane split = new SplitPane(sidebar(), tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27);
        BorderPane root = new BorderPane(split);
        root.setTop(authBar());
        root.setRight(new CredentialsPanel(session.auth().credentialsProperty()));
        root.getStyleClass().add("playground");
        Scene scene = new Scene(root, 1280, 800);
        dev.stackbench.app.ui.theme.Theme.current().style(scene);
        scene.getStylesheets().add(PlaygroundWindow.class.getResource(
                "/dev/stackbench/app/playground/playground.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Playground — " + session.projectProperty().get().meta().name() + " — "
                + session.environment().get("baseUrl"));
        stage.setOnHidden(e -> session.sse().disconnect());
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The model's endpoints and the saved collections, as two tabs of one sidebar (like Postman's). */
    private TabPane sidebar() {
        EndpointTree tree = new EndpointTree(session.http()::select);
        tree.setId("endpoint-tree");
        CollectionsPane collections = new CollectionsPane(this::open,
                saved -> session.deleteSavedRequest(saved.id()));
        Runnable refresh = () -> {
            tree.show(session.projectProperty().get());
            collections.show(session.collections());
        };
        refresh.run();
        session.projectProperty().addListener((obs, old, now) -> refresh.run());
        TabPane sidebar = new TabPane(HttpTab.fixed("Endpoints", tree), HttpTab.fixed("Collections", collections));
        sidebar.setId("sidebar");
        return sidebar;
    }

    /** Loads a saved request where it runs: the request editor, the SSE viewer, or a new WebSocket console. */
    private void open(Playground.SavedRequest saved) {
        switch (saved.kind()) {
            case HTTP -> {
                session.http().load(SavedRequests.spec(saved));
                tabs.getSelectionModel().select(httpTab);
            }
            case SSE -> {
                session.sse().channelProperty().set(SavedRequests.channel(saved));
                tabs.getSelectionModel().select(sseTab);
            }
            case WEBSOCKET -> {
                WebSocketViewModel console = addConsole();
                console.channelProperty().set(SavedRequests.channel(saved));
                console.prepare(saved.messages());
            }
        }
    }

    private HBox authBar() {
        ComboBox<SeedLogin> users = new ComboBox<>();
        users.setId("seed-user");
        users.getItems().setAll(session.seedUsers());
        if (!users.getItems().isEmpty()) {
            users.setValue(users.getItems().get(0));
        }
        // The picker follows the login, so it never names someone other than who the label says is logged in.
        session.auth().credentialsProperty().addListener((obs, old, now) -> {
            if (now.loggedIn()) {
                users.setValue(now.user());
            }
        });
        Button login = new Button("Log in");
        login.setId("login");
        login.setOnAction(e -> {
            if (users.getValue() != null) {
                session.auth().loginAs(users.getValue());
            }
        });
        Button refresh = new Button("Refresh token");
        refresh.setOnAction(e -> session.auth().refresh());
        Button logout = new Button("Log out");
        logout.setOnAction(e -> session.auth().logout());
        Label state = new Label();
        state.setId("auth-state");
        state.textProperty().bind(session.auth().stateProperty());
        Button console = new Button("Another WebSocket console");
        console.setOnAction(e -> addConsole());
        HBox bar = Toolbar.row(new Label("Log in as"), users, login, refresh, logout, state, console);
        HBox.setHgrow(state, javafx.scene.layout.Priority.ALWAYS);
        state.setMaxWidth(Double.MAX_VALUE);
        return bar;
    }

    private Tab historyTab() {
        ListView<Exchange> list = new ListView<>(session.http().history());
        list.setId("history");
        list.setPlaceholder(new Label("Requests you send appear here, newest first."));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            private final Label badge = dev.stackbench.app.ui.theme.MethodBadge.of("");

            @Override
            protected void updateItem(Exchange item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    dev.stackbench.app.ui.theme.MethodBadge.show(badge, item.request().method());
                    setText(item.summary());
                    setGraphic(badge);
                }
            }
        });
        Button replay = new Button("Replay");
        replay.setOnAction(e -> {
            Exchange chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                session.http().load(chosen.request());
                session.http().send(chosen.request());
                tabs.getSelectionModel().select(httpTab);
            }
        });
        Button curl = new Button("Copy as curl");
        curl.setOnAction(e -> {
            Exchange chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                HttpTab.copy(CurlCommand.of(chosen.request()));
            }
        });
        HBox bar = Toolbar.row(replay, curl);
        BorderPane pane = new BorderPane(list);
        pane.setTop(bar);
        return HttpTab.fixed("History", pane);
    }

    private Tab environmentTab() {
        TextArea text = new TextArea(session.environmentText());
        text.setId("environment");
        Button apply = new Button("Apply");
        apply.setOnAction(e -> session.applyEnvironment(text.getText()));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> text.setText(session.environmentText()));
        Label help = new Label("name=value per line; use them as {{name}} in URLs, headers and bodies");
        help.getStyleClass().add("muted");
        BorderPane pane = new BorderPane(text);
        pane.setTop(Toolbar.row(apply, reload, help));
        Tab tab = HttpTab.fixed("Environment", pane);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                text.setText(session.environmentText());
            }
        });
        return tab;
    }

    /** Adds a console tab and selects it. */
    private WebSocketViewModel addConsole() {
        consoles++;
        WebSocketViewModel console = session.newWebSocketConsole();
        WebSocketTab tab = new WebSocketTab("WebSocket " + consoles, console, session.channels(Transport.WEBSOCKET),
                session.seedUsers(), () -> askCollection(collection -> session.saveRealtimeRequest(collection,
                        Playground.SavedRequest.Kind.WEBSOCKET, console.channelProperty().get(),
                        console.sentFrames())));
        tab.setClosable(consoles > 1);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return console;
    }

    private void saveRequest() {
        askCollection(session::saveCurrentRequest);
    }

    private void askCollection(java.util.function.Consumer<String> save) {
        TextInputDialog dialog = new TextInputDialog("My requests");
        dialog.setHeaderText("Save into a collection of the model");
        dialog.setContentText("Collection");
        dialog.initOwner(stage);
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(save);
    }
}
