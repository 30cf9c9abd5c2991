package dev.stackbench.server.realtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open SSE stream. Publishers only {@link #offer} into a bounded queue; a dedicated writer thread drains it
 * onto the socket. A client that stops reading therefore blocks only its own writer, and once its queue is full
 * it is disconnected instead of stalling the channel (NOTES-security: SSE slow consumers).
 */
final class SseSubscriber {
    /** Stack size of writer threads: they only copy bytes, and a thousand of them must stay cheap. */
    private static final long WRITER_STACK_BYTES = 256 * 1024;

    private final BlockingQueue<String> queue;
    private final OutputStream out;
    private final long heartbeatMillis;
    private final Consumer<SseSubscriber> onClosed;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean finishing = new AtomicBoolean();

    /**
     * @param out       the response body of the stream
     * @param capacity  events that may wait for this client before it counts as too slow
     * @param onClosed  runs once when the stream ends for any reason (client gone, overflow, stop)
     */
    SseSubscriber(OutputStream out, int capacity, long heartbeatMillis, Consumer<SseSubscriber> onClosed) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.out = out;
        this.heartbeatMillis = heartbeatMillis;
        this.onClosed = onClosed;
    }

    void start(String name) {
        Thread writer = new Thread(null, this::drain, name, WRITER_STACK_BYTES);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues an event without ever blocking; a full queue disconnects this subscriber. */
    void offer(StreamEvent event) {
        if (!closed.get() && !queue.offer(event.toSse())) {
            close();
        }
    }

    /** Sends {@code lastFrame} after what is queued, then ends the stream (graceful stop). */
    void finish(String lastFrame) {
        if (finishing.compareAndSet(false, true) && !queue.offer(lastFrame)) {
            close();
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    private void drain() {
        try {
            while (!closed.get()) {
                String frame = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                write(frame == null ? ": ping\n\n" : frame);
                if (finishing.get() && queue.isEmpty()) {
                    break;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The client went away (or we are stopping): ending the stream below is all there is to do.
        } finally {
            close();
        }
    }

    private void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            onClosed.accept(this);
        }
    }
}
