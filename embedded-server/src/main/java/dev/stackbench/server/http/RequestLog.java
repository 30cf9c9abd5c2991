package dev.stackbench.server.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one log line per request (with its request id), written in batches by a background thread. A request only
 * queues a small record: formatting and a console write per request, or waking a writer thread per request,
 * cost the live server a quarter of its throughput. A full queue drops lines (and says how many) rather than
 * slowing requests; {@link #close()} writes what is left.
 */
final class RequestLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("stackbench.http");
    private static final long FLUSH_MILLIS = 100;
    private final Consumer<String> out;
    private final BlockingQueue<Line> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stackbench-request-log");
        t.setDaemon(true);
        return t;
    });

    private record Line(String requestId, String method, String path, int status, long millis) {
    }

    /** Logs to the {@code stackbench.http} logger at INFO (nothing is queued when that level is off). */
    RequestLog() {
        this(LOG.isInfoEnabled() ? LOG::info : null, 16_384);
    }

    /** Writes lines to {@code out} ({@code null}: off); at most {@code capacity} wait between two flushes. */
    RequestLog(Consumer<String> out, int capacity) {
        this.out = out;
        this.queue = new ArrayBlockingQueue<>(capacity);
        writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    void record(String requestId, String method, String path, int status, long millis) {
        if (out != null && !queue.offer(new Line(requestId, method, path, status, millis))) {
            dropped.incrementAndGet();
        }
    }

    private void flush() {
        List<Line> batch = new ArrayList<>(queue.size());
        queue.drainTo(batch);
        for (Line l : batch) {
            out.accept("rid=" + l.requestId() + " " + l.method() + " " + l.path() + " -> " + l.status() + " in "
                    + l.millis() + " ms");
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            out.accept(lost + " request log lines dropped (more requests than the log could write)");
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
