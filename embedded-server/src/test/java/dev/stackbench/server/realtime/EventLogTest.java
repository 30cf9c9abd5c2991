package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventLogTest {

    @Test
    void ids_increase_by_one_per_event() {
        EventLog log = new EventLog(10);
        assertThat(log.append("created", "{}").id()).isEqualTo(1);
        assertThat(log.append("updated", "{}").id()).isEqualTo(2);
    }

    @Test
    void after_returns_exactly_the_events_past_the_last_seen_id() {
        EventLog log = new EventLog(10);
        for (int i = 0; i < 5; i++) {
            log.append("created", "{\"n\":" + i + "}");
        }
        assertThat(log.after(3)).extracting(StreamEvent::id).containsExactly(4L, 5L);
    }

    @Test
    void the_buffer_keeps_only_the_most_recent_events() {
        EventLog log = new EventLog(3);
        for (int i = 0; i < 10; i++) {
            log.append("created", "{}");
        }
        assertThat(log.after(0)).extracting(StreamEvent::id).containsExactly(8L, 9L, 10L);
    }

    @Test
    void a_zero_buffer_is_not_resumable_but_still_numbers_events() {
        EventLog log = new EventLog(0);
        log.append("created", "{}");
        assertThat(log.after(0)).isEmpty();
        assertThat(log.lastId()).isEqualTo(1);
    }

    @Test
    void the_wire_form_has_id_event_and_data_lines() {
        assertThat(new StreamEvent(7, "created", "{\"a\":1}").toSse())
                .isEqualTo("id: 7\nevent: created\ndata: {\"a\":1}\n\n");
    }
}
