package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the live server received, from its traffic recorder ({@code GET /_stackbench/traffic}): requests made by
 * the playground and by any other tool (curl, a browser, a front end), plus stream events. Newest first.
 */
public final class TrafficViewModel {
    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObservableMap<String, String> environment;
    private final ObservableList<TrafficRow> rows = FXCollections.observableArrayList();
    private final StringProperty state = new SimpleStringProperty("");
    private long lastSequence = -1;

    public TrafficViewModel(PlaygroundHttp http, Executor ui, ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.environment = environment;
    }

    public CompletableFuture<Void> refresh() {
        RequestSpec spec = new RequestSpec("GET", "{{baseUrl}}/_stackbench/traffic",
                Map.of("Accept", "application/json"), "").resolve(Map.copyOf(environment));
        return http.send(spec).thenAccept(r -> {
            List<TrafficRow> fresh = r.ok() ? parse(r.body()) : List.of();
            ui.execute(() -> show(r, fresh));
        });
    }

    private void show(HttpResult r, List<TrafficRow> fresh) {
        if (!r.ok()) {
            state.set("Traffic unavailable: " + (r.error() != null ? r.error() : "HTTP " + r.status()));
            return;
        }
        List<TrafficRow> newer = fresh.stream().filter(row -> row.sequence() > lastSequence).toList();
        newer.forEach(row -> rows.add(0, row));
        if (!newer.isEmpty()) {
            lastSequence = newer.get(newer.size() - 1).sequence();
        }
        if (rows.size() > SseViewModel.WINDOW) {
            rows.remove(SseViewModel.WINDOW, rows.size());
        }
        state.set(rows.size() + " recorded");
    }

    private static List<TrafficRow> parse(String body) {
        List<TrafficRow> rows = new ArrayList<>();
        JsonText.parse(body).filter(JsonNode::isArray).ifPresent(list -> list.forEach(e -> rows.add(new TrafficRow(
                e.path("sequence").asLong(), e.path("at").asText(), e.path("kind").asText(),
                e.path("method").asText(""), e.path("path").asText(), e.path("status").asInt(),
                e.path("millis").asDouble(), e.path("requestId").asText("")))));
        rows.sort(java.util.Comparator.comparingLong(TrafficRow::sequence));
        return rows;
    }

    public ObservableList<TrafficRow> rows() { return rows; }
    public StringProperty stateProperty() { return state; }

    /** One recorded exchange or stream event. */
    public record TrafficRow(long sequence, String at, String kind, String method, String path, int status,
                             double millis, String requestId) {
    }
}
