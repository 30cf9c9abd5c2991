package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The request editor and response panel: compose a request (from a model endpoint or by hand), send it with the
 * environment's variables, and show status, time, size, headers, pretty body and per-field validation errors.
 */
public final class HttpViewModel {
    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObservableMap<String, String> environment;
    private final ObjectProperty<Project> project;
    private final StringProperty method = new SimpleStringProperty("GET");
    private final StringProperty url = new SimpleStringProperty("{{baseUrl}}/api");
    private final StringProperty headers = new SimpleStringProperty("Accept: application/json");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty hints = new SimpleStringProperty("");
    private final IntegerProperty status = new SimpleIntegerProperty();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty responseBody = new SimpleStringProperty("");
    private final StringProperty responseHeaders = new SimpleStringProperty("");
    private final ObjectProperty<HttpResult> result = new SimpleObjectProperty<>();
    private final ObservableList<String> fieldErrors = FXCollections.observableArrayList();
    private final ObservableList<Exchange> history = FXCollections.observableArrayList();
    private int variant;

    public HttpViewModel(PlaygroundHttp http, Executor ui, ObjectProperty<Project> project,
                         ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.project = project;
        this.environment = environment;
    }

    /** Fills the editor from a model endpoint. */
    public void select(Endpoint endpoint) {
        load(RequestTemplates.forEndpoint(project.get(), endpoint, ++variant));
        hints.set(RequestTemplates.queryHints(project.get(), endpoint));
    }

    public void load(RequestSpec spec) {
        method.set(spec.method());
        url.set(spec.url());
        headers.set(HeaderText.format(spec.headers()));
        body.set(spec.body());
    }

    /** The request as written, variables not yet substituted. */
    public RequestSpec composed() {
        return new RequestSpec(method.get(), url.get(), HeaderText.parse(headers.get()), body.get());
    }

    public RequestSpec resolved() {
        return composed().resolve(Map.copyOf(environment));
    }

    public String curl() {
        return CurlCommand.of(resolved());
    }

    public CompletableFuture<HttpResult> send() {
        return send(composed());
    }

    /** Sends {@code spec} (also used by history replay) and shows the result when it arrives. */
    public CompletableFuture<HttpResult> send(RequestSpec spec) {
        RequestSpec request = spec.resolve(Map.copyOf(environment));
        CompletableFuture<HttpResult> shown = new CompletableFuture<>();
        http.send(request).thenAccept(r -> ui.execute(() -> {
            show(r);
            history.add(0, new Exchange(Instant.now(), request, r));
            shown.complete(r);
        }));
        return shown;
    }

    /** The result property is set last: listeners of it see every other property already updated. */
    private void show(HttpResult r) {
        status.set(r.status());
        statusText.set(r.error() != null ? r.error() : r.status() + " " + StatusMeaning.of(r.status()));
        responseBody.set(JsonText.pretty(r.body()));
        Map<String, String> flat = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> flat.put(k, String.join(", ", v)));
        responseHeaders.set(HeaderText.format(flat));
        fieldErrors.setAll(JsonText.parse(r.body()).map(HttpViewModel::errors).orElse(java.util.List.of()));
        result.set(r);
    }

    private static java.util.List<String> errors(JsonNode body) {
        JsonNode errors = body.path("errors");
        java.util.List<String> lines = new java.util.ArrayList<>();
        errors.forEach(e -> lines.add(e.path("field").asText() + " — " + e.path("message").asText()));
        return lines;
    }

    public StringProperty methodProperty() { return method; }
    public StringProperty urlProperty() { return url; }
    public StringProperty headersProperty() { return headers; }
    public StringProperty bodyProperty() { return body; }
    public StringProperty hintsProperty() { return hints; }
    public IntegerProperty statusProperty() { return status; }
    public StringProperty statusTextProperty() { return statusText; }
    public StringProperty responseBodyProperty() { return responseBody; }
    public StringProperty responseHeadersProperty() { return responseHeaders; }
    public ObjectProperty<HttpResult> resultProperty() { return result; }
    public ObservableList<String> fieldErrors() { return fieldErrors; }
    public ObservableList<Exchange> history() { return history; }
}
