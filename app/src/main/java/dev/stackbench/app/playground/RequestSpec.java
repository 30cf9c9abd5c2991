package dev.stackbench.app.playground;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the user composed it, before variables are substituted. Headers keep their insertion order. */
public record RequestSpec(String method, String url, Map<String, String> headers, String body) {
    public RequestSpec {
        method = method == null ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
        url = url == null ? "" : url;
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
    }

    public boolean hasBody() {
        return !body.isBlank();
    }

    public RequestSpec withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new RequestSpec(method, url, copy, body);
    }

    /** Every {@code {{name}}} in the URL, headers and body replaced from {@code variables}. */
    public RequestSpec resolve(Map<String, String> variables) {
        Map<String, String> resolved = new LinkedHashMap<>();
        headers.forEach((k, v) -> resolved.put(Variables.substitute(k, variables), Variables.substitute(v, variables)));
        return new RequestSpec(method, Variables.substitute(url, variables), resolved,
                Variables.substitute(body, variables));
    }
}
