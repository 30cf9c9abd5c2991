package dev.stackbench.app.ui.main;

import dev.stackbench.model.ChecklistState;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Playground;
import dev.stackbench.model.Project;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The live server as the main window sees it: start and stop off the JavaFX thread, hot reload of every new
 * snapshot (only the latest one when edits come faster than reloads), and its state for the status bar.
 */
final class LiveControl {
    private final Supplier<Project> current;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Project> pending = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Live server stopped");
    private volatile LiveServer server;
    /** What the running server was last given, without the parts it never reads. */
    private Project served;

    LiveControl(Supplier<Project> current) {
        this.current = current;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    LiveServer server() {
        return server;
    }

    void toggle(Runnable whenStarted) {
        if (server != null) {
            stop();
        } else {
            start(whenStarted);
        }
    }

    /** Runs {@code action} with the server, starting it first when needed. */
    void whenRunning(Consumer<LiveServer> action) {
        if (server != null) {
            action.accept(server);
        } else {
            start(() -> action.accept(server));
        }
    }

    private void start(Runnable whenStarted) {
        status.set("Starting the live server…");
        Project snapshot = current.get();
        worker.execute(() -> {
            try {
                LiveServer started = LiveServer.start(snapshot, LiveServerOptions.defaults().withPort(0));
                Platform.runLater(() -> {
                    server = started;
                    served = servedPart(snapshot);
                    running.set(true);
                    status.set("Live at " + started.url());
                    reload(current.get());
                    whenStarted.run();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Live server failed: " + e.getMessage()));
            }
        });
    }

    /** Hot-reloads the running server with {@code next}; a newer snapshot replaces one still waiting. */
    void reload(Project next) {
        LiveServer running = server;
        Project part = servedPart(next);
        // Moving a diagram box, saving a request or confirming a checklist item changes nothing the server serves.
        if (running == null || part.equals(served)) {
            return;
        }
        served = part;
        if (pending.getAndSet(next) != null) {
            return;
        }
        worker.execute(() -> {
            Project latest = pending.getAndSet(null);
            if (latest != null) {
                try {
                    running.update(latest);
                    Platform.runLater(() -> status.set("Live at " + running.url() + " · reloaded"));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> {
                        served = null; // the next edit tries again
                        status.set("Reload failed: " + e.getMessage());
                    });
                }
            }
        });
    }

    private static Project servedPart(Project p) {
        return p.withLayout(Layout.empty()).withPlayground(Playground.empty()).withChecklist(ChecklistState.empty());
    }

    void stop() {
        LiveServer stopping = server;
        server = null;
        running.set(false);
        if (stopping != null) {
            worker.execute(stopping::stop);
            status.set("Live server stopped");
        }
    }
}
