package dev.stackbench.app.playground;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Playground;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * Everything one playground window works with: the model, the environment ({@code baseUrl}, {@code token}, user
 * variables), one cookie jar, and the view models of each tab. Saving a request edits the model through
 * {@code applyEdit} so it lands on the main window's undo stack and in the model file.
 */
public final class PlaygroundSession {
    private final ObjectProperty<Project> project;
    private final ObservableMap<String, String> environment = FXCollections.observableHashMap();
    private final PlaygroundHttp http = new PlaygroundHttp();
    private final HttpViewModel httpView;
    private final AuthViewModel auth;
    private final SseViewModel sse;
    private final TrafficViewModel traffic;
    private final List<SeedLogin> seedUsers;
    private final Executor ui;
    private final java.util.function.Consumer<UnaryOperator<Project>> applyEdit;

    public PlaygroundSession(Project project, String baseUrl, List<SeedLogin> seedUsers, Executor ui,
                             java.util.function.Consumer<UnaryOperator<Project>> applyEdit) {
        this.project = new SimpleObjectProperty<>(project);
        this.seedUsers = List.copyOf(seedUsers);
        this.ui = ui;
        this.applyEdit = applyEdit;
        environment.put("baseUrl", baseUrl);
        httpView = new HttpViewModel(http, ui, this.project, environment);
        auth = new AuthViewModel(http, ui, this.project, environment);
        sse = new SseViewModel(http, ui, environment);
        traffic = new TrafficViewModel(http, ui, environment);
    }

    public WebSocketViewModel newWebSocketConsole() {
        return new WebSocketViewModel(http, ui, project, environment);
    }

    public List<String> channels(Transport transport) {
        return project.get().channels().stream().filter(c -> c.transport() == transport).map(Channel::name).toList();
    }

    /** Stores the request in the editor into the named collection of the model (created when missing). */
    public void saveCurrentRequest(String collectionName) {
        RequestSpec spec = httpView.composed();
        String name = spec.method() + " " + spec.url().replace("{{baseUrl}}", "");
        save(collectionName, new Playground.SavedRequest(Ids.next("req"), name,
                Playground.SavedRequest.Kind.HTTP, spec.method(), spec.url(), spec.headers(), spec.body(), List.of()));
    }

    /** Stores a stream subscription (SSE) or a socket with the frames to send (WebSocket) in the same collections. */
    public void saveRealtimeRequest(String collectionName, Playground.SavedRequest.Kind kind, String channel,
                                    List<String> messages) {
        String url = kind == Playground.SavedRequest.Kind.SSE ? "{{baseUrl}}/api/streams/" + channel
                : "{{baseUrl}}/ws/" + channel;
        String name = (kind == Playground.SavedRequest.Kind.SSE ? "SSE " : "WebSocket ") + channel;
        save(collectionName, new Playground.SavedRequest(Ids.next("req"), name, kind, "GET",
                url, java.util.Map.of(), "", messages));
    }

    private void save(String collectionName, Playground.SavedRequest saved) {
        // The new collection's id is drawn once, outside the edit: the edit may be applied twice (see edit).
        String collectionId = Ids.next("col");
        edit(p -> p.withPlayground(withRequest(p.playground(), collectionId, collectionName, saved)));
    }

    /** Removes a saved request from its collection; a collection left empty goes too. */
    public void deleteSavedRequest(String requestId) {
        edit(p -> p.withPlayground(withoutRequest(p.playground(), requestId)));
    }

    /**
     * Edits the model through the owner's {@code applyEdit} (its undo stack and file). An owner that pushes the
     * changed model back calls {@link #updateProject}; when none did, the session follows its own edit so the
     * collections panel shows it.
     */
    private void edit(UnaryOperator<Project> change) {
        Project before = project.get();
        applyEdit.accept(change);
        if (project.get() == before) {
            project.set(change.apply(before));
        }
    }

    public List<Playground.RequestCollection> collections() {
        return project.get().playground().collections();
    }

    /** The environment as editable {@code name=value} lines, sorted by name. */
    public String environmentText() {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(environment).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    /** Replaces the environment with the {@code name=value} lines of {@code text}; other lines are ignored. */
    public void applyEnvironment(String text) {
        java.util.Map<String, String> parsed = new java.util.LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                parsed.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        environment.clear();
        environment.putAll(parsed);
    }

    static Playground withRequest(Playground playground, String collectionId, String collectionName,
                                  Playground.SavedRequest saved) {
        boolean exists = playground.collections().stream().anyMatch(c -> c.name().equals(collectionName));
        List<Playground.RequestCollection> collections = exists
                ? Lists.replace(playground.collections(), c -> c.name().equals(collectionName),
                c -> new Playground.RequestCollection(c.id(), c.name(), Lists.plus(c.requests(), saved)))
                : Lists.plus(playground.collections(),
                new Playground.RequestCollection(collectionId, collectionName, List.of(saved)));
        return new Playground(collections, playground.environments(), playground.activeEnvironment());
    }

    static Playground withoutRequest(Playground playground, String requestId) {
        List<Playground.RequestCollection> collections = playground.collections().stream()
                .map(c -> new Playground.RequestCollection(c.id(), c.name(),
                        Lists.minus(c.requests(), r -> r.id().equals(requestId))))
                .filter(c -> !c.requests().isEmpty()).toList();
        return new Playground(collections, playground.environments(), playground.activeEnvironment());
    }

    public void updateProject(Project changed) {
        project.set(changed);
    }

    public ObjectProperty<Project> projectProperty() { return project; }
    public ObservableMap<String, String> environment() { return environment; }
    public HttpViewModel http() { return httpView; }
    public AuthViewModel auth() { return auth; }
    public SseViewModel sse() { return sse; }
    public TrafficViewModel traffic() { return traffic; }
    public List<SeedLogin> seedUsers() { return seedUsers; }
    public PlaygroundHttp client() { return http; }
}
