package dev.stackbench.app.playground;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rows arriving from a network thread, shown in a bounded window. Arrivals are queued and drained to the
 * observable list at most every {@link #FLUSH_MILLIS} ms, so thousands of events a second cost the UI thread
 * ten list updates a second, not thousands. While paused, rows keep arriving and wait (bounded).
 */
public final class BoundedFeed<T> {
    static final long FLUSH_MILLIS = 100;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "feed-flusher");
        thread.setDaemon(true);
        return thread;
    });

    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Executor ui;
    private final int window;
    private volatile boolean paused;

    public BoundedFeed(Executor ui, int window) {
        this.ui = ui;
        this.window = window;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    /** Called from any thread. */
    public void add(T row) {
        pending.add(row);
        if (pending.size() > window) {
            pending.poll();
        }
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (!paused && drainScheduled.compareAndSet(false, true)) {
            FLUSHER.schedule(() -> ui.execute(this::drain), FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
        scheduleDrain();
    }

    public boolean isPaused() {
        return paused;
    }

    public void clear() {
        pending.clear();
        rows.clear();
    }

    private void drain() {
        drainScheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T row = pending.poll(); row != null; row = pending.poll()) {
            batch.add(row);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() >= window) {
            rows.setAll(batch.subList(batch.size() - window, batch.size()));
            return;
        }
        // Two small changes (oldest out, newest in) rather than replacing the window: views above (filters,
        // tables) then touch only the rows that moved.
        int overflow = rows.size() + batch.size() - window;
        if (overflow > 0) {
            rows.remove(0, overflow);
        }
        rows.addAll(batch);
    }
}
