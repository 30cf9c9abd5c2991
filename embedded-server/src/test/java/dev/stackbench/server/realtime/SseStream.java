package dev.stackbench.server.realtime;

import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test's view of one SSE response: parsed events (and comments) arriving on a queue. */
final class SseStream implements AutoCloseable {
    /** One parsed event; {@code comment} events carry the comment text in {@code data}. */
    record Event(String id, String event, String data) {
    }

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    volatile int status;
    private CompletableFuture<HttpResponse<Void>> response;
    private final java.util.concurrent.CountDownLatch headers = new java.util.concurrent.CountDownLatch(1);

    void awaitStatus() throws InterruptedException {
        headers.await(5, TimeUnit.SECONDS);
    }

    HttpResponse.BodySubscriber<Void> subscriber() {
        headers.countDown();
        return HttpResponse.BodySubscribers.fromLineSubscriber(new Parser());
    }

    void attach(CompletableFuture<HttpResponse<Void>> response) {
        this.response = response;
    }

    /** The next event that is not a heartbeat comment, or null after {@code seconds}. */
    Event next(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null || !"comment".equals(e.event())) {
                return e;
            }
        }
    }

    /** The next heartbeat comment, or null after {@code seconds}. */
    Event nextComment(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null || "comment".equals(e.event())) {
                return e;
            }
        }
    }

    @Override
    public void close() {
        response.cancel(true);
    }

    private final class Parser implements Flow.Subscriber<String> {
        private String id;
        private String event;
        private final StringBuilder data = new StringBuilder();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (event != null || data.length() > 0) {
                    events.add(new Event(id, event == null ? "message" : event, data.toString()));
                }
                id = null;
                event = null;
                data.setLength(0);
            } else if (line.startsWith(":")) {
                events.add(new Event(null, "comment", line.substring(1).trim()));
            } else if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data.append(line.substring(6));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            events.add(new Event(null, "end", String.valueOf(throwable)));
        }

        @Override
        public void onComplete() {
            events.add(new Event(null, "end", ""));
        }
    }
}
