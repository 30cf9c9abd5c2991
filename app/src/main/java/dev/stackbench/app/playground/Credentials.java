package dev.stackbench.app.playground;

import dev.stackbench.model.AuthStrategy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the playground is logged in with, for the credentials panel: the seed user, the strategy, the token's
 * expiry and decoded claims (JWT and OAuth), the cookie jar (sessions). {@code user} is null when logged out.
 */
public record Credentials(SeedLogin user, AuthStrategy strategy, Instant expires, List<Claim> claims,
                          List<Cookie> cookies) {
    public Credentials {
        claims = List.copyOf(claims);
        cookies = List.copyOf(cookies);
    }

    public static Credentials none(AuthStrategy strategy) {
        return new Credentials(null, strategy, null, List.of(), List.of());
    }

    public boolean loggedIn() {
        return user != null;
    }

    /** Whole minutes until the token expires, never negative; -1 when there is no expiry. */
    public long minutesLeft(Instant now) {
        return expires == null ? -1 : Math.max(0, Duration.between(now, expires).toMinutes());
    }

    public record Claim(String name, String value) {
    }

    /** A cookie of the jar with its flags as words ("HttpOnly", "SameSite=Lax", "Path=/"). */
    public record Cookie(String name, List<String> flags) {
        public Cookie {
            flags = List.copyOf(flags);
        }
    }
}
