package dev.stackbench.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each login starts a family; using a token rotates it
 * (the old one is spent, a new one of the same family is issued). Presenting a spent token again is reuse:
 * the whole family is revoked, so a stolen token is worth one use at most. Logout revokes the family.
 */
public final class RefreshTokens {
    private record Entry(String family, String userId, Instant expires, boolean spent) {
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    private final Set<String> revokedFamilies = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;

    public RefreshTokens(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public String start(String userId) {
        return issue(newId(), userId);
    }

    /** Spends {@code token} and returns the user id and a fresh token, or empty (and revokes on reuse). */
    public synchronized Optional<Rotation> rotate(String token) {
        String hash = hash(token);
        Entry entry = byHash.get(hash);
        if (entry == null || revokedFamilies.contains(entry.family()) || entry.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        if (entry.spent()) {
            revokedFamilies.add(entry.family());
            return Optional.empty();
        }
        byHash.put(hash, new Entry(entry.family(), entry.userId(), entry.expires(), true));
        return Optional.of(new Rotation(entry.userId(), issue(entry.family(), entry.userId())));
    }

    /** Revokes the family of {@code token}; unknown tokens are ignored (logout is idempotent). */
    public void revoke(String token) {
        Entry entry = byHash.get(hash(token));
        if (entry != null) {
            revokedFamilies.add(entry.family());
        }
    }

    private String issue(String family, String userId) {
        String token = newId();
        byHash.put(hash(token), new Entry(family, userId, Instant.now().plus(lifetime), false));
        return token;
    }

    private String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A successful rotation: whose token it was and its replacement. */
    public record Rotation(String userId, String refreshToken) {
    }
}
