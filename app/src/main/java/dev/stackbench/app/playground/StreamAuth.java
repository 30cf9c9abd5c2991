package dev.stackbench.app.playground;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The credentials a stream connection carries: the bearer token if one is set, else the session cookies. */
final class StreamAuth {
    private StreamAuth() {
    }

    static Map<String, String> headers(PlaygroundHttp http, Map<String, String> environment) {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = environment.get("token");
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Bearer " + token);
        }
        String cookies = http.cookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookies);
        }
        return headers;
    }
}
