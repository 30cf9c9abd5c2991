package dev.stackbench.server.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Appends URL-encoded parameters to a URI, in the order given (so redirects are deterministic). */
final class QueryString {
    private QueryString() {
    }

    /** {@code pairs} are name, value, name, value…; a null value leaves its name out. */
    static String append(String uri, String... pairs) {
        StringBuilder out = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(separator).append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return out.toString();
    }
}
