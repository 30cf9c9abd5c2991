package dev.stackbench.app.playground;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded live window under the SSE and WebSocket logs, driven from a plain thread (no toolkit needed). */
class BoundedFeedTest {
    /** Runs UI work right away and counts the drains. */
    private static final class CountingUi implements java.util.concurrent.Executor {
        private volatile CountDownLatch drained = new CountDownLatch(1);

        @Override
        public synchronized void execute(Runnable work) {
            work.run();
            drained.countDown();
        }

        void awaitDrain() throws InterruptedException {
            assertThat(drained.await(2, TimeUnit.SECONDS)).isTrue();
            drained = new CountDownLatch(1);
        }
    }

    @Test
    void rows_arrive_in_batches_and_the_window_keeps_only_the_newest() throws Exception {
        CountingUi ui = new CountingUi();
        BoundedFeed<Integer> feed = new BoundedFeed<>(ui, 5);
        IntStream.rangeClosed(1, 3).forEach(feed::add);
        ui.awaitDrain();
        assertThat(feed.rows()).containsExactly(1, 2, 3);
        IntStream.rangeClosed(4, 7).forEach(feed::add);
        ui.awaitDrain();
        assertThat(feed.rows()).containsExactly(3, 4, 5, 6, 7);
        IntStream.rangeClosed(8, 20).forEach(feed::add);
        ui.awaitDrain();
        assertThat(feed.rows()).containsExactly(16, 17, 18, 19, 20);
    }

    @Test
    void a_paused_feed_holds_rows_back_and_shows_them_on_resume() throws Exception {
        CountingUi ui = new CountingUi();
        BoundedFeed<Integer> feed = new BoundedFeed<>(ui, 5);
        feed.setPaused(true);
        List.of(1, 2).forEach(feed::add);
        Thread.sleep(3 * BoundedFeed.FLUSH_MILLIS);
        assertThat(feed.rows()).isEmpty();
        feed.setPaused(false);
        ui.awaitDrain();
        assertThat(feed.rows()).containsExactly(1, 2);
    }
}
