package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The WebSocket console: connects to a channel with the current credentials, joins and leaves rooms, sends
 * JSON frames or plain text (wrapped as a {@code message} frame), pings, and logs both directions with
 * timestamps and the close code.
 */
public final class WebSocketViewModel {
    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObservableMap<String, String> environment;
    private final BoundedFeed<WsRow> log;
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("general");
    private final StringProperty state = new SimpleStringProperty("Disconnected");
    private volatile WebSocket socket;
    private final java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WebSocketViewModel(PlaygroundHttp http, Executor ui, ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.environment = environment;
        this.log = new BoundedFeed<>(ui, SseViewModel.WINDOW);
    }

    public CompletableFuture<WebSocket> connect() {
        close();
        setState("Connecting…");
        String base = Variables.substitute("{{baseUrl}}", Map.copyOf(environment)).replaceFirst("^http", "ws");
        WebSocket.Builder builder = http.client().newWebSocketBuilder();
        StreamAuth.headers(http, Map.copyOf(environment)).forEach(builder::header);
        return builder.buildAsync(URI.create(base + "/ws/" + channel.get()), new Listener())
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        setState("Refused: " + cause.getMessage());
                    } else {
                        socket = ws;
                        setState("Open");
                    }
                });
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

    private void setState(String text) {
        ui.execute(() -> state.set(text));
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
            setState("Closed (" + statusCode + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            log.add(new WsRow(LocalTime.now(), "!", String.valueOf(error.getMessage())));
            setState("Error: " + error.getMessage());
        }
    }

    /** The frames this console sent, for saving it as a WebSocket request. */
    public java.util.List<String> sentFrames() { return java.util.List.copyOf(sent); }
    public BoundedFeed<WsRow> log() { return log; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty roomProperty() { return room; }
    public StringProperty stateProperty() { return state; }

    /** One logged frame: {@code →} sent, {@code ←} received, {@code ×} closed, {@code !} problem. */
    public record WsRow(LocalTime time, String direction, String text) {
    }
}
