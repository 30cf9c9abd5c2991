package dev.stackbench.server.oauth;

import dev.stackbench.model.OAuthSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of {@code /oauth/authorize} (RFC 6749 §4.1.1 with PKCE), validated in the order the RFC
 * requires: client and redirect URI problems are shown to the user and never redirected (§4.1.2.1), every
 * later problem is sent back to the client's redirect URI with the {@code state}.
 */
record AuthorizeRequest(String clientId, String redirectUri, String state, String codeChallenge, String scope) {

    /** A failure: {@code redirect} false means "show an error page", true means "redirect with error". */
    record Problem(boolean redirect, String error, String description) {
    }

    /** Reads the parameters (a query string or a form) and checks them against the model's client settings. */
    static Validated read(Function<String, String> param, OAuthSettings settings, List<String> redirectUris) {
        String clientId = param.apply("client_id");
        String redirectUri = param.apply("redirect_uri");
        if (clientId == null || !clientId.equals(settings.clientId())) {
            return new Validated(null, new Problem(false, "invalid_client", "Unknown client_id"));
        }
        if (redirectUri == null || !redirectUris.contains(redirectUri)) {
            return new Validated(null, new Problem(false, "invalid_request",
                    "redirect_uri is not registered for this client (exact match required)"));
        }
        String state = param.apply("state");
        String challenge = param.apply("code_challenge");
        String scope = param.apply("scope") == null ? String.join(" ", settings.scopes()) : param.apply("scope");
        AuthorizeRequest request = new AuthorizeRequest(clientId, redirectUri, state, challenge, scope);
        Problem problem = laterProblem(param, settings, request);
        return problem == null ? new Validated(request, null) : new Validated(request, problem);
    }

    private static Problem laterProblem(Function<String, String> param, OAuthSettings settings, AuthorizeRequest r) {
        if (!"code".equals(param.apply("response_type"))) {
            return new Problem(true, "unsupported_response_type", "Only response_type=code is supported");
        }
        if (r.state() == null || r.state().isBlank()) {
            return new Problem(true, "invalid_request", "state is required");
        }
        if (!"S256".equals(param.apply("code_challenge_method"))) {
            return new Problem(true, "invalid_request", "PKCE is required with code_challenge_method=S256");
        }
        if (!Pkce.validChallenge(r.codeChallenge())) {
            return new Problem(true, "invalid_request", "code_challenge must be a base64url SHA-256 digest");
        }
        List<String> asked = Arrays.asList(r.scope().trim().split("\\s+"));
        if (!settings.scopes().isEmpty() && !r.scope().isBlank() && !settings.scopes().containsAll(asked)) {
            return new Problem(true, "invalid_scope", "Allowed scopes: " + String.join(" ", settings.scopes()));
        }
        return null;
    }

    /** The request (null when even the client is unknown) and its problem (null when valid). */
    record Validated(AuthorizeRequest request, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** The hidden form fields that carry this request through the consent page. */
    Map<String, String> formFields() {
        return Map.of("response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                "state", state, "code_challenge", codeChallenge, "code_challenge_method", "S256", "scope", scope);
    }
}
