package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The WebSocket console: connects to a channel as the playground's login, anonymously or as a seed user of its
 * own, joins and leaves rooms, sends JSON frames or plain text (wrapped as a {@code message} frame), resends the
 * frames of a saved request, pings, and logs both directions with timestamps and the close code.
 */
public final class WebSocketViewModel {
    private final PlaygroundHttp http;
    /** The console's own cookie jar, for connecting as someone other than the playground's login. */
    private final PlaygroundHttp own = new PlaygroundHttp();
    private final Executor ui;
    private final ObjectProperty<Project> project;
    private final ObservableMap<String, String> environment;
    private final BoundedFeed<WsRow> log;
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("general");
    private final ObjectProperty<ConnectAs> connectAs = new SimpleObjectProperty<>(ConnectAs.PLAYGROUND);
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.IDLE);
    private final ObservableList<String> prepared = FXCollections.observableArrayList();
    private volatile WebSocket socket;
    private final java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WebSocketViewModel(PlaygroundHttp http, Executor ui, ObjectProperty<Project> project,
                              ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.project = project;
        this.environment = environment;
        this.log = new BoundedFeed<>(ui, SseViewModel.WINDOW);
    }

    public CompletableFuture<WebSocket> connect() {
        close();
        setState(ConnectionState.CONNECTING);
        String base = Variables.substitute("{{baseUrl}}", Map.copyOf(environment));
        ConnectAs who = connectAs.get();
        PlaygroundHttp client = who == ConnectAs.PLAYGROUND ? http : own;
        return credentials(who, base).thenCompose(headers -> {
            WebSocket.Builder builder = client.client().newWebSocketBuilder();
            headers.forEach(builder::header);
            return builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/" + channel.get()),
                    new Listener());
        }).whenComplete((ws, failure) -> {
            if (failure != null && failure.getCause() instanceof WebSocketHandshakeException refused) {
                setState(ConnectionState.refused("HTTP " + refused.getResponse().statusCode()));
            } else if (failure != null) {
                setState(ConnectionState.refused(failure));
            } else {
                socket = ws;
                setState(ConnectionState.OPEN);
            }
        });
    }

    /** The handshake's credential headers; a console's own user logs in first, in the console's own jar. */
    private CompletableFuture<Map<String, String>> credentials(ConnectAs who, String base) {
        if (who == ConnectAs.PLAYGROUND) {
            return CompletableFuture.completedFuture(StreamAuth.headers(http, Map.copyOf(environment)));
        }
        own.clearCookies();
        if (who.user() == null) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return SeedAuth.login(own, project.get(), base, who.user()).thenApply(r -> {
            if (!r.ok()) {
                throw new CompletionException(new IllegalStateException("login as " + who.user().login()
                        + " failed (" + (r.error() != null ? r.error() : "HTTP " + r.status()) + ")"));
            }
            return StreamAuth.headers(own, Map.of("token", SeedAuth.accessToken(r)));
        });
    }

    /** Keeps the frames of a saved request ready for {@link #sendPrepared()}. */
    public void prepare(java.util.List<String> frames) {
        prepared.setAll(frames);
    }

    public void sendPrepared() {
        prepared.forEach(this::sendRaw);
    }

    public void join() {
        sendFrame("join", null);
    }

    public void leave() {
        sendFrame("leave", null);
    }

    /** Sends valid JSON as it is; anything else as the data of a {@code message} frame to the current room. */
    public void send(String text) {
        if (JsonText.parse(text).filter(n -> n.isObject()).isPresent()) {
            sendRaw(text);
        } else {
            sendFrame("message", text);
        }
    }

    private void sendFrame(String type, String data) {
        ObjectNode frame = JsonNodeFactory.instance.objectNode().put("type", type).put("room", room.get());
        if (data != null) {
            frame.put("data", data);
        }
        sendRaw(frame.toString());
    }

    private void sendRaw(String text) {
        WebSocket ws = socket;
        if (ws == null) {
            log.add(new WsRow(LocalTime.now(), "!", "Not connected"));
            return;
        }
        ws.sendText(text, true);
        sent.add(text);
        log.add(new WsRow(LocalTime.now(), "→", text));
    }

    public void ping() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendPing(ByteBuffer.wrap("stackbench".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            log.add(new WsRow(LocalTime.now(), "→", "(ping)"));
        }
    }

    public void close() {
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }

    private void setState(ConnectionState now) {
        ui.execute(() -> state.set(now));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                log.add(new WsRow(LocalTime.now(), "←", partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            log.add(new WsRow(LocalTime.now(), "←", "(pong)"));
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            log.add(new WsRow(LocalTime.now(), "×", "closed " + statusCode + (reason.isEmpty() ? "" : " " + reason)));
            setState(ConnectionState.closed(statusCode + (reason.isEmpty() ? "" : " " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            log.add(new WsRow(LocalTime.now(), "!", String.valueOf(error.getMessage())));
            setState(ConnectionState.closed(String.valueOf(error.getMessage())));
        }
    }

    /** The frames this console sent, for saving it as a WebSocket request. */
    public java.util.List<String> sentFrames() { return java.util.List.copyOf(sent); }
    public BoundedFeed<WsRow> log() { return log; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty roomProperty() { return room; }
    public ObjectProperty<ConnectAs> connectAsProperty() { return connectAs; }
    public ObjectProperty<ConnectionState> stateProperty() { return state; }
    public ObservableList<String> prepared() { return prepared; }

    /** One logged frame: {@code →} sent, {@code ←} received, {@code ×} closed, {@code !} problem. */
    public record WsRow(LocalTime time, String direction, String text) {
    }
}
