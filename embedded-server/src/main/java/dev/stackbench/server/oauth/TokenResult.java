package dev.stackbench.server.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code /oauth/token}: 200 with {@code access_token, token_type, expires_in, scope} or 400 with
 * the RFC 6749 §5.2 {@code error, error_description}. Not enveloped: OAuth clients expect the standard shape.
 */
public record TokenResult(int status, Map<String, Object> body) {

    static TokenResult issued(String accessToken, long expiresIn, String scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", expiresIn);
        body.put("scope", scope);
        return new TokenResult(200, body);
    }

    static TokenResult error(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return new TokenResult(400, body);
    }

    public boolean ok() {
        return status == 200;
    }
}
