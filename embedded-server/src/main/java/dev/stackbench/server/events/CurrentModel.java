package dev.stackbench.server.events;

import dev.stackbench.model.Project;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The project the server currently serves. {@code LiveServer.update} swaps it after the schema migration and
 * then tells listeners (realtime adds or drops channels), so every reader sees one consistent snapshot.
 */
public final class CurrentModel implements Supplier<Project> {
    private volatile Project project;
    private final List<Consumer<Project>> listeners = new CopyOnWriteArrayList<>();

    public CurrentModel(Project project) {
        this.project = project;
    }

    @Override
    public Project get() {
        return project;
    }

    public void set(Project next) {
        this.project = next;
        listeners.forEach(l -> l.accept(next));
    }

    /** Called with the new project after every hot reload; closing the handle removes the listener. */
    public AutoCloseable onChange(Consumer<Project> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
