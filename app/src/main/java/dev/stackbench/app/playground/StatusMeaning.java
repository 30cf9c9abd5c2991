package dev.stackbench.app.playground;

import java.util.Map;

/** What a status code means, in the words the response panel shows beside it. */
public final class StatusMeaning {
    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request — malformed JSON or a wrong type"),
            Map.entry(401, "Unauthorized — no or invalid credentials"),
            Map.entry(403, "Forbidden — authenticated but not allowed"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict — a unique value is taken"),
            Map.entry(413, "Payload Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content — a constraint failed"),
            Map.entry(429, "Too Many Requests — see Retry-After"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"));

    private StatusMeaning() {
    }

    public static String of(int status) {
        String meaning = MEANINGS.get(status);
        if (meaning != null) {
            return meaning;
        }
        return switch (status / 100) {
            case 2 -> "Success";
            case 3 -> "Redirection";
            case 4 -> "Client error";
            case 5 -> "Server error";
            default -> "Informational";
        };
    }
}
