package dev.stackbench.server.auth;

import java.util.Optional;

/**
 * The result of reading a request's credentials: none were sent ({@code ANONYMOUS}), they were valid
 * ({@code AUTHENTICATED}, with the caller) or they were bad, expired, forged or unknown ({@code INVALID}).
 */
public record AuthOutcome(Kind kind, Caller caller) {
    public enum Kind { ANONYMOUS, AUTHENTICATED, INVALID }

    public static final AuthOutcome ANONYMOUS = new AuthOutcome(Kind.ANONYMOUS, null);
    public static final AuthOutcome INVALID = new AuthOutcome(Kind.INVALID, null);

    public static AuthOutcome of(Caller caller) {
        return new AuthOutcome(Kind.AUTHENTICATED, caller);
    }

    public Optional<Caller> callerIfAny() {
        return Optional.ofNullable(caller);
    }
}
