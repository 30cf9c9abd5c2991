package dev.stackbench.server.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {
    @Test
    void every_request_becomes_a_line_with_its_request_id_and_close_writes_what_is_queued() {
        List<String> lines = new CopyOnWriteArrayList<>();
        RequestLog log = new RequestLog(lines::add, 100);
        log.record("rid-1", "GET", "/api/posts/3", 200, 2);
        log.record("rid-2", "POST", "/api/posts", 422, 5);
        log.close();
        assertThat(lines).containsExactly("rid=rid-1 GET /api/posts/3 -> 200 in 2 ms",
                "rid=rid-2 POST /api/posts -> 422 in 5 ms");
    }

    @Test
    void a_full_queue_drops_lines_and_says_how_many_instead_of_slowing_requests() {
        List<String> lines = new CopyOnWriteArrayList<>();
        RequestLog log = new RequestLog(lines::add, 3);
        for (int i = 0; i < 10; i++) {
            log.record("r" + i, "GET", "/api/tags", 200, 0);
        }
        log.close();
        long written = lines.stream().filter(l -> l.startsWith("rid=")).count();
        assertThat(written).isBetween(3L, 10L);
        if (written < 10) {
            assertThat(lines).contains((10 - written) + " request log lines dropped (more requests than the log could "
                    + "write)");
        }
    }
}
