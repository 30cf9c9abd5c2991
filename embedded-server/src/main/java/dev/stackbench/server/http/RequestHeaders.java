package dev.stackbench.server.http;

import io.javalin.http.Context;

import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request's headers read from the container once, with lower-case names, and kept on the context: the
 * middleware, the REST request and the traffic recorder all read them, and each container lookup is a
 * case-insensitive scan (it showed at the top of the live server's profile under load).
 */
final class RequestHeaders {
    private static final String KEY = "sb.headers";

    private RequestHeaders() {
    }

    static Map<String, String> of(Context ctx) {
        Map<String, String> cached = ctx.attribute(KEY);
        if (cached != null) {
            return cached;
        }
        Map<String, String> headers = new HashMap<>();
        Enumeration<String> names = ctx.req().getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), ctx.req().getHeader(name));
        }
        ctx.attribute(KEY, headers);
        return headers;
    }

    /** One header by its lower-case name, or null. */
    static String get(Context ctx, String lowerCaseName) {
        return of(ctx).get(lowerCaseName);
    }
}
