package dev.stackbench.server.rest;

import dev.stackbench.server.auth.AuthOutcome;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request as the REST layer sees it, free of any HTTP library type. {@code headers} has lower-case names;
 * {@code body} reads the body on demand and throws the 413 {@link ApiException} when it is too large.
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                         Supplier<byte[]> body, AuthOutcome auth, String requestId, String clientAddress) {

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}
