package dev.stackbench.app.playground;

import java.util.List;
import java.util.Map;

/** A response as the playground shows it; {@code error} is set instead of a status when no response came. */
public record HttpResult(int status, Map<String, List<String>> headers, String body, long millis, long bytes,
                         String error) {
    public HttpResult {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static HttpResult failed(String error, long millis) {
        return new HttpResult(0, Map.of(), "", millis, 0, error);
    }

    public boolean ok() {
        return error == null && status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers(name).stream().findFirst().orElse(null);
    }

    /** Every value of the header {@code name}, whatever case the server wrote it in. */
    public List<String> headers(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
