package {{package}}.realtime;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open SSE stream. Publishers only offer into a bounded queue; the stream's own drain task writes it with
 * non-blocking servlet I/O while the socket takes more. A client that stops reading holds no thread and delays
 * nobody: its queue fills and it is disconnected.
 */
final class SseSubscriber implements WriteListener {
    private final BlockingQueue<byte[]> queue;
    private final ServletOutputStream out;
    private final Executor drains;
    private final Consumer<SseSubscriber> onClosed;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean dirty;

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

    void offer(byte[] frame) {
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

    @Override
    public void onWritePossible() {
        if (dirty || !queue.isEmpty()) {
            schedule();
        }
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

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
                    break;
                }
            }
        } catch (IOException | IllegalStateException gone) {
            close();
        } finally {
            scheduled.set(false);
        }
        if (!closed.get() && (dirty || !queue.isEmpty()) && out.isReady()) {
            schedule();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            onClosed.accept(this);
        }
    }
}
