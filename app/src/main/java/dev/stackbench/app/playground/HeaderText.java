package dev.stackbench.app.playground;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers edited as text, one {@code Name: value} per line, the way they travel on the wire. */
public final class HeaderText {
    private HeaderText() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    public static String format(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.toString().stripTrailing();
    }
}
