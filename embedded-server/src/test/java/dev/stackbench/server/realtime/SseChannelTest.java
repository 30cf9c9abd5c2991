package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Transport;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fan-out rules of one SSE channel over in-memory non-blocking streams: slow consumers, pings, final events. */
class SseChannelTest {
    private static final Channel MODEL = new Channel("c", "feed", Transport.SSE, "", List.of(), List.of(), false,
            false, List.of(), 10, 0);
    private final ExecutorService drains = Executors.newFixedThreadPool(2);

    /** A response body; a {@code stuck} one takes one write and then is never ready again (a client not reading). */
    private static final class Body extends ServletOutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final boolean stuck;
        private volatile boolean wrote;

        Body(boolean stuck) {
            this.stuck = stuck;
        }

        @Override
        public boolean isReady() {
            return !(stuck && wrote);
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            wrote = true;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            wrote = true;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void stopDrains() {
        drains.shutdownNow();
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_while_the_others_get_every_event() throws Exception {
        SseChannel channel = new SseChannel(MODEL);
        Body stuck = new Body(true);
        Body fast = new Body(false);
        AtomicBoolean stuckClosed = new AtomicBoolean();
        SseSubscriber slow = new SseSubscriber(stuck, 16, drains, s -> {
            stuckClosed.set(true);
            channel.unsubscribe(s);
        });
        SseSubscriber quick = new SseSubscriber(fast, 16, drains, channel::unsubscribe);
        channel.subscribe(slow, null);
        channel.subscribe(quick, null);
        slow.start();
        quick.start();
        for (int i = 0; i < 200; i++) {
            channel.publish("tick", "{\"n\":" + i + "}");
            Thread.sleep(1);
        }
        assertThat(stuckClosed).isTrue();
        assertThat(quick.isOpen()).isTrue();
        assertThat(channel.size()).isEqualTo(1);
        waitFor(() -> fast.text().contains("id: 200\n"));
        assertThat(fast.text()).contains("data: {\"n\":199}");
    }

    @Test
    void a_ping_writes_a_heartbeat_comment() throws Exception {
        SseChannel channel = new SseChannel(MODEL);
        Body out = new Body(false);
        SseSubscriber subscriber = new SseSubscriber(out, 16, drains, s -> { });
        channel.subscribe(subscriber, null);
        subscriber.start();
        channel.ping();
        waitFor(() -> out.text().equals(": ping\n\n"));
    }

    @Test
    void ending_the_channel_sends_a_close_event_after_what_was_queued() throws Exception {
        SseChannel channel = new SseChannel(MODEL);
        Body out = new Body(false);
        CountDownLatch closed = new CountDownLatch(1);
        SseSubscriber subscriber = new SseSubscriber(out, 16, drains, s -> closed.countDown());
        channel.subscribe(subscriber, null);
        channel.publish("tick", "{}");
        channel.end("bye");
        subscriber.start();
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(out.text()).startsWith("id: 1\nevent: tick\n").endsWith("event: close\n"
                + "data: {\"type\":\"close\",\"message\":\"bye\"}\n\n");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
