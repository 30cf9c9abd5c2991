package dev.stackbench.app.playground;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The SSE viewer: subscribes to a channel, shows events in a bounded live table, pauses, and reconnects with
 * {@code Last-Event-ID} so missed events arrive. Reading happens on its own thread, never the UI's.
 */
public final class SseViewModel {
    public static final int WINDOW = 1_000;

    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObservableMap<String, String> environment;
    private final BoundedFeed<SseRow> feed;
    private final StringProperty channel = new SimpleStringProperty("");
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.IDLE);
    private volatile Stream<String> lines;
    private volatile String lastEventId;
    private volatile long generation;

    public SseViewModel(PlaygroundHttp http, Executor ui, ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.environment = environment;
        this.feed = new BoundedFeed<>(ui, WINDOW);
    }

    public void connect() {
        open(null);
    }

    /** Reconnects and asks the server for every event after the last one seen. */
    public void reconnect() {
        open(lastEventId);
    }

    private void open(String resumeFrom) {
        disconnect();
        long mine = ++generation;
        setState(ConnectionState.CONNECTING);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Variables.substitute(
                "{{baseUrl}}/api/streams/" + channel.get(), Map.copyOf(environment))))
                .header("Accept", "text/event-stream").GET();
        StreamAuth.headers(http, Map.copyOf(environment)).forEach(request::header);
        if (resumeFrom != null) {
            request.header("Last-Event-ID", resumeFrom);
        }
        http.client().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        setState(ConnectionState.refused(failure));
                    } else if (response.statusCode() != 200) {
                        setState(ConnectionState.refused("HTTP " + response.statusCode()));
                        response.body().close();
                    } else if (mine == generation) {
                        read(response.body(), mine);
                    } else {
                        response.body().close();
                    }
                });
    }

    private void read(Stream<String> body, long mine) {
        lines = body;
        setState(ConnectionState.OPEN);
        Thread reader = new Thread(() -> {
            SseParser parser = new SseParser(e -> {
                lastEventId = e.id();
                feed.add(new SseRow(LocalTime.now(), e.id(), e.event(), e.data()));
            }, () -> { });
            try {
                body.forEach(parser::line);
                if (mine == generation) {
                    setState(ConnectionState.closed("by the server"));
                }
            } catch (UncheckedIOException e) {
                if (mine == generation) {
                    setState(ConnectionState.closed(e.getCause().getMessage()));
                }
            }
        }, "sse-viewer");
        reader.setDaemon(true);
        reader.start();
    }

    public void disconnect() {
        generation++;
        Stream<String> open = lines;
        lines = null;
        if (open != null) {
            open.close();
            setState(ConnectionState.IDLE);
        }
    }

    private void setState(ConnectionState now) {
        ui.execute(() -> state.set(now));
    }

    public BoundedFeed<SseRow> feed() { return feed; }
    public StringProperty channelProperty() { return channel; }
    public ObjectProperty<ConnectionState> stateProperty() { return state; }
    public String lastEventId() { return lastEventId; }

    /** One received event as the table shows it. */
    public record SseRow(LocalTime time, String id, String event, String data) {
        public boolean matches(String filter) {
            return filter == null || filter.isBlank() || event.contains(filter) || data.contains(filter);
        }
    }

}
