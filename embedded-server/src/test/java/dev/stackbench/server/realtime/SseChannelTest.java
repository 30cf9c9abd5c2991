package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Transport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Fan-out rules of one SSE channel with in-memory streams: slow consumers, heartbeats, final events. */
class SseChannelTest {
    private static final Channel MODEL = new Channel("c", "feed", Transport.SSE, "", List.of(), List.of(), false,
            false, List.of(), 10, 0);

    /** A client that never reads: its first write blocks until the test ends. */
    private static final class StuckStream extends OutputStream {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(int b) {
            await();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            await();
        }

        private void await() {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A client that reads everything; counts the events it got. */
    private static final class Collecting extends ByteArrayOutputStream {
        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_without_delaying_the_others() throws Exception {
        SseChannel channel = new SseChannel(MODEL);
        StuckStream stuck = new StuckStream();
        Collecting fast = new Collecting();
        AtomicBoolean stuckClosed = new AtomicBoolean();
        SseSubscriber slow = new SseSubscriber(stuck, 16, 60_000, s -> {
            stuckClosed.set(true);
            channel.unsubscribe(s);
        });
        SseSubscriber quick = new SseSubscriber(fast, 16, 60_000, channel::unsubscribe);
        channel.subscribe(slow, null);
        channel.subscribe(quick, null);
        slow.start("slow");
        quick.start("quick");
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            channel.publish("tick", "{\"n\":" + i + "}");
            Thread.sleep(1);
        }
        long publishMillis = (System.nanoTime() - started) / 1_000_000;
        stuck.release.countDown();
        assertThat(stuckClosed).isTrue();
        assertThat(quick.isOpen()).isTrue();
        assertThat(channel.size()).isEqualTo(1);
        waitFor(() -> fast.text().contains("id: 200\n"));
        assertThat(fast.text()).contains("data: {\"n\":199}");
        assertThat(publishMillis).as("publishing never waited for the stuck client").isLessThan(10_000);
    }

    @Test
    void an_idle_stream_gets_ping_comments() throws Exception {
        Collecting out = new Collecting();
        SseSubscriber subscriber = new SseSubscriber(out, 16, 50, s -> { });
        subscriber.start("idle");
        waitFor(() -> out.text().contains(": ping\n\n"));
        subscriber.close();
    }

    @Test
    void ending_the_channel_sends_a_close_event_after_what_was_queued() throws Exception {
        SseChannel channel = new SseChannel(MODEL);
        Collecting out = new Collecting();
        CountDownLatch closed = new CountDownLatch(1);
        SseSubscriber subscriber = new SseSubscriber(out, 16, 60_000, s -> closed.countDown());
        channel.subscribe(subscriber, null);
        channel.publish("tick", "{}");
        channel.end("bye");
        subscriber.start("ending");
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
