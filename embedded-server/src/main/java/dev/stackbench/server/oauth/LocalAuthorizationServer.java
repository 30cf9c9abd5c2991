package dev.stackbench.server.oauth;

import dev.stackbench.model.OAuthSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The built-in authorization server that stands in for the model's OAuth provider, so the authorization code +
 * PKCE flow can be tried offline. It keeps codes, one-time consent tokens and its own opaque access tokens in
 * memory; nothing here knows about HTTP.
 */
public final class LocalAuthorizationServer {
    static final Duration CONSENT_LIFETIME = Duration.ofMinutes(10);

    private record Token(String userId, String scope, Instant expires) {
    }

    private final Clock clock;
    private final Duration tokenLifetime;
    private final AuthorizationCodes codes;
    private final Map<String, Instant> consents = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** Spent code → the token it bought, so a replayed code revokes that token (RFC 6749 §4.1.2). */
    private final Map<String, String> spent = new ConcurrentHashMap<>();

    public LocalAuthorizationServer(Clock clock, Duration tokenLifetime) {
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.codes = new AuthorizationCodes(clock);
    }

    AuthorizeRequest.Validated validate(Function<String, String> param, OAuthSettings settings,
                                        List<String> redirectUris) {
        return AuthorizeRequest.read(param, settings, redirectUris);
    }

    /** A one-time token the consent form must send back, so another site cannot post a consent. */
    String consentToken() {
        Instant now = clock.instant();
        consents.values().removeIf(now::isAfter);
        String token = Pkce.randomToken();
        consents.put(token, now.plus(CONSENT_LIFETIME));
        return token;
    }

    boolean spendConsent(String token) {
        Instant expires = token == null ? null : consents.remove(token);
        return expires != null && !clock.instant().isAfter(expires);
    }

    /** The user approved: a single-use code bound to this request and user. */
    String approve(AuthorizeRequest request, String userId) {
        return codes.issue(request.clientId(), request.redirectUri(), request.codeChallenge(), userId,
                request.scope());
    }

    /** {@code POST /oauth/token} with the form parameters, authorization_code grant only. */
    public TokenResult exchange(Function<String, String> form, OAuthSettings settings) {
        String grantType = form.apply("grant_type");
        if (grantType == null) {
            return TokenResult.error("invalid_request", "grant_type is required");
        }
        if (!"authorization_code".equals(grantType)) {
            return TokenResult.error("unsupported_grant_type", "Only authorization_code is supported");
        }
        for (String name : List.of("code", "redirect_uri", "client_id", "code_verifier")) {
            if (form.apply(name) == null || form.apply(name).isBlank()) {
                return TokenResult.error("invalid_request", name + " is required");
            }
        }
        if (!form.apply("client_id").equals(settings.clientId())) {
            return TokenResult.error("invalid_client", "Unknown client_id");
        }
        return redeem(form.apply("code"), form.apply("client_id"), form.apply("redirect_uri"),
                form.apply("code_verifier"));
    }

    private TokenResult redeem(String code, String clientId, String redirectUri, String verifier) {
        Optional<AuthorizationCodes.Grant> found = codes.redeem(code);
        if (found.isEmpty()) {
            String boughtToken = spent.remove(code);
            if (boughtToken != null) {
                tokens.remove(boughtToken);
            }
            return TokenResult.error("invalid_grant", "The code is invalid, expired or already used");
        }
        AuthorizationCodes.Grant grant = found.get();
        if (!grant.clientId().equals(clientId) || !grant.redirectUri().equals(redirectUri)) {
            return TokenResult.error("invalid_grant", "redirect_uri or client_id does not match the authorization");
        }
        if (!Pkce.matches(verifier, grant.codeChallenge())) {
            return TokenResult.error("invalid_grant", "code_verifier does not match the code_challenge");
        }
        String accessToken = Pkce.randomToken();
        Instant now = clock.instant();
        tokens.values().removeIf(t -> now.isAfter(t.expires()));
        spent.values().removeIf(t -> !tokens.containsKey(t));
        tokens.put(accessToken, new Token(grant.userId(), grant.scope(), now.plus(tokenLifetime)));
        spent.put(code, accessToken);
        return TokenResult.issued(accessToken, tokenLifetime.toSeconds(), grant.scope());
    }

    /** The user id an unexpired local access token was issued for (what a provider's userinfo answers). */
    public Optional<String> userOf(String accessToken) {
        Token token = accessToken == null ? null : tokens.get(accessToken);
        if (token == null || clock.instant().isAfter(token.expires())) {
            return Optional.empty();
        }
        return Optional.of(token.userId());
    }
}
