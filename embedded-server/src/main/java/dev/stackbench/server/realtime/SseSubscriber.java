package dev.stackbench.server.realtime;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open SSE stream. Publishers only {@link #offer} into a bounded queue; the stream's own drain task writes
 * it out with non-blocking servlet I/O, on a small shared pool, and only while the socket can take more
 * ({@code isReady}). A client that stops reading therefore holds no thread and delays nobody: its queue fills and
 * it is disconnected (NOTES-security: SSE slow consumers). A thousand streams cost a thousand queues, not a
 * thousand threads.
 */
final class SseSubscriber implements WriteListener {
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final BlockingQueue<byte[]> queue;
    private final ServletOutputStream out;
    private final Executor drains;
    private final Consumer<SseSubscriber> onClosed;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean finishing;
    /** Bytes written but not yet flushed; touched only by the one running drain. */
    private volatile boolean dirty;

    /**
     * @param out      the response body of the stream, switched to non-blocking mode by {@link #start}
     * @param capacity frames that may wait for this client before it counts as too slow
     * @param drains   the pool that runs drain tasks (one at a time per subscriber)
     * @param onClosed runs once when the stream ends for any reason (client gone, overflow, stop)
     */
    SseSubscriber(ServletOutputStream out, int capacity, Executor drains, Consumer<SseSubscriber> onClosed) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.out = out;
        this.drains = drains;
        this.onClosed = onClosed;
    }

    /**
     * Switches the stream to non-blocking writes. Until then frames only queue: a drain task started earlier
     * would write in blocking mode while the request thread still commits the headers and sets the listener, and
     * the stream would fail before its first event.
     */
    void start() {
        out.setWriteListener(this);
        started = true;
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    /**
     * Queues an event's wire bytes (encoded once per event, shared by every subscriber) without ever blocking;
     * a full queue disconnects this subscriber.
     */
    void offer(byte[] frame) {
        enqueue(frame);
    }

    /** A heartbeat comment, skipped when frames are waiting anyway. */
    void ping() {
        if (queue.isEmpty()) {
            enqueue(PING);
        }
    }

    /** Sends {@code lastFrame} after what is queued, then ends the stream (graceful stop). */
    void finish(byte[] lastFrame) {
        finishing = true;
        enqueue(lastFrame);
    }

    boolean isOpen() {
        return !closed.get();
    }

    private void enqueue(byte[] frame) {
        if (closed.get()) {
            return;
        }
        if (!queue.offer(frame)) {
            close();
            return;
        }
        schedule();
    }

    private void schedule() {
        if (started && !closed.get() && scheduled.compareAndSet(false, true)) {
            drains.execute(this::drain);
        }
    }

    /** The socket drained: continue only if something waits (an idle stream needs no task). */
    @Override
    public void onWritePossible() {
        if (dirty || finishing || !queue.isEmpty()) {
            schedule();
        }
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    /** Writes while the socket takes more; flushes when the queue runs dry; ends after the final frame. */
    private void drain() {
        try {
            while (!closed.get() && out.isReady()) {
                byte[] frame = queue.poll();
                if (frame != null) {
                    out.write(frame);
                    dirty = true;
                } else if (dirty) {
                    dirty = false;
                    out.flush();
                } else {
                    if (finishing) {
                        close();
                    }
                    break;
                }
            }
        } catch (IOException | IllegalStateException gone) {
            close();
        } finally {
            scheduled.set(false);
        }
        // An offer or onWritePossible may have come while this drain was finishing: look once more.
        if (!closed.get() && (dirty || !queue.isEmpty() || finishing) && out.isReady()) {
            schedule();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            onClosed.accept(this);
        }
    }
}
