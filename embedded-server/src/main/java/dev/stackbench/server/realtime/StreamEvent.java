package dev.stackbench.server.realtime;

import java.nio.charset.StandardCharsets;

/**
 * One event of a channel as it goes on the wire: a per-channel increasing {@code id}, the SSE {@code event}
 * name ({@code created}, {@code updated}, {@code deleted} or a custom name) and the JSON {@code data} text.
 */
public record StreamEvent(long id, String event, String data) {

    /** The SSE wire form: {@code id}, {@code event} and {@code data} lines closed by a blank line. */
    public String toSse() {
        StringBuilder out = new StringBuilder(data.length() + 40);
        out.append("id: ").append(id).append('\n').append("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    /** {@link #toSse()} as UTF-8 bytes, the form subscribers queue. */
    public byte[] wire() {
        return toSse().getBytes(StandardCharsets.UTF_8);
    }
}
