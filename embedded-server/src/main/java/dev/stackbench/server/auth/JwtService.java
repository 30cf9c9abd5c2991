package dev.stackbench.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.stackbench.model.JwtSettings;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HS256 access tokens with a fresh 32-byte random secret per server. java-jwt accepts tokens without
 * {@code exp} and ignores issuer, audience and type unless told, so the verifier requires all of them.
 */
public final class JwtService {
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final JwtSettings settings;

    public JwtService(JwtSettings settings) {
        this(settings, randomSecret());
    }

    /** With a given secret (at least 32 bytes): tests sign expired or foreign tokens with it. */
    JwtService(JwtSettings settings, byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("HMAC secrets must have at least 32 bytes");
        }
        this.settings = settings;
        this.algorithm = Algorithm.HMAC256(secret);
        this.verifier = JWT.require(algorithm).withIssuer(settings.issuer()).withAudience(settings.audience())
                .withClaim("typ", "access").withClaimPresence("exp").withClaimPresence("iat")
                .withClaimPresence("jti").withClaimPresence("sub").build();
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    public long lifetimeSeconds() {
        return settings.accessTokenMinutes() * 60L;
    }

    public String issue(Caller caller) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(settings.issuer()).withAudience(settings.audience())
                .withSubject(caller.id()).withClaim("roles", caller.roles()).withClaim("name", caller.name())
                .withClaim("typ", "access").withIssuedAt(now).withExpiresAt(now.plusSeconds(lifetimeSeconds()))
                .withJWTId(UUID.randomUUID().toString()).sign(algorithm);
    }

    /** The caller a valid token names; empty for a forged, expired, foreign or malformed token. */
    public Optional<Caller> verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            List<String> roles = jwt.getClaim("roles").asList(String.class);
            String name = jwt.getClaim("name").asString();
            return Optional.of(new Caller(jwt.getSubject(), name == null ? "" : name,
                    roles == null ? List.of() : roles));
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
