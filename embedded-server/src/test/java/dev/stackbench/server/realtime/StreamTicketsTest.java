package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StreamTicketsTest {
    private final MutableClock clock = new MutableClock();
    private final StreamTickets<String> tickets = new StreamTickets<>(clock);

    @Test
    void a_ticket_is_redeemed_once_for_its_caller() {
        String ticket = tickets.issue("posts", "user-1");
        assertThat(tickets.redeem("posts", ticket)).contains("user-1");
        assertThat(tickets.redeem("posts", ticket)).isEmpty();
    }

    @Test
    void a_ticket_for_another_channel_is_refused_and_spent() {
        String ticket = tickets.issue("posts", "user-1");
        assertThat(tickets.redeem("chat", ticket)).isEmpty();
        assertThat(tickets.redeem("posts", ticket)).isEmpty();
    }

    @Test
    void a_ticket_expires_after_thirty_seconds() {
        String ticket = tickets.issue("posts", "user-1");
        clock.advance(Duration.ofSeconds(31));
        assertThat(tickets.redeem("posts", ticket)).isEmpty();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
