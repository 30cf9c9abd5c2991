package dev.stackbench.app.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a resolved request as a POSIX-shell curl command that reproduces it exactly. */
public final class CurlCommand {
    private CurlCommand() {
    }

    public static String of(RequestSpec request) {
        List<String> parts = new ArrayList<>(List.of("curl", "-sS", "-X", request.method()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            parts.add("-H");
            parts.add(quote(header.getKey() + ": " + header.getValue()));
        }
        if (request.hasBody()) {
            parts.add("--data-raw");
            parts.add(quote(request.body()));
        }
        parts.add(quote(request.url()));
        return String.join(" ", parts);
    }

    /** Single quotes protect everything in POSIX shells; an embedded quote becomes {@code '\''}. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
