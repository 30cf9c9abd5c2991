package dev.stackbench.server.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes of the local authorization server: random, bound to the client, redirect URI, PKCE
 * challenge and chosen user, valid for {@link #LIFETIME} and spent on first use (RFC 6749 §4.1.2).
 */
final class AuthorizationCodes {
    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** What a code was issued for. */
    record Grant(String clientId, String redirectUri, String codeChallenge, String userId, String scope,
                 Instant expires) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, String codeChallenge, String userId, String scope) {
        Instant now = clock.instant();
        codes.values().removeIf(g -> now.isAfter(g.expires()));
        String code = Pkce.randomToken();
        codes.put(code, new Grant(clientId, redirectUri, codeChallenge, userId, scope, now.plus(LIFETIME)));
        return code;
    }

    /** The grant of an unexpired code; the code is removed either way, so a replay always fails. */
    Optional<Grant> redeem(String code) {
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null || clock.instant().isAfter(grant.expires())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}
