package dev.stackbench.app.playground;

import java.time.Instant;

/** One sent request and its result, as the history keeps them for replay and curl export. */
public record Exchange(Instant at, RequestSpec request, HttpResult result) {
    public String summary() {
        String status = result.error() == null ? String.valueOf(result.status()) : "ERR";
        return status + "  " + request.method() + " " + request.url() + "  (" + result.millis() + " ms)";
    }
}
