package dev.stackbench.server.realtime;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived single-use tickets that let a browser's EventSource or WebSocket authenticate in the URL
 * without putting a long-lived token there (NOTES-security: EventSource cannot send headers).
 *
 * @param <C> the authenticated caller a ticket stands for
 */
public final class StreamTickets<C> {
    /** How long a ticket lives; the wire contract answers {@code expiresIn: 30}. */
    public static final Duration LIFETIME = Duration.ofSeconds(30);

    private record Issued<C>(String channel, C caller, Instant expires) {
    }

    private final Map<String, Issued<C>> tickets = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public StreamTickets(Clock clock) {
        this.clock = clock;
    }

    /** A fresh ticket for {@code caller} on {@code channel}: 32 random bytes, URL-safe. */
    public String issue(String channel, C caller) {
        purgeExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Issued<>(channel, caller, clock.instant().plus(LIFETIME)));
        return ticket;
    }

    /** The caller of a valid ticket for {@code channel}; the ticket is spent whether it was valid or not. */
    public Optional<C> redeem(String channel, String ticket) {
        Issued<C> issued = ticket == null ? null : tickets.remove(ticket);
        if (issued == null || !issued.channel().equals(channel) || clock.instant().isAfter(issued.expires())) {
            return Optional.empty();
        }
        return Optional.of(issued.caller());
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        tickets.values().removeIf(i -> now.isAfter(i.expires()));
    }
}
