package dev.stackbench.server.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client side of logins in progress: the {@code state} sent to the authorization server and the PKCE
 * verifier kept back for the token request. A state is good once and for {@link #LIFETIME}.
 */
final class PendingLogins {
    static final Duration LIFETIME = Duration.ofMinutes(10);

    record Pending(String verifier, String redirectUri, Instant expires) {
    }

    private final Map<String, Pending> byState = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingLogins(Clock clock) {
        this.clock = clock;
    }

    /** Starts a login: answers the new state; its verifier stays here. */
    String start(String verifier, String redirectUri) {
        Instant now = clock.instant();
        byState.values().removeIf(p -> now.isAfter(p.expires()));
        String state = Pkce.randomToken();
        byState.put(state, new Pending(verifier, redirectUri, now.plus(LIFETIME)));
        return state;
    }

    Optional<Pending> finish(String state) {
        Pending pending = state == null ? null : byState.remove(state);
        if (pending == null || clock.instant().isAfter(pending.expires())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
