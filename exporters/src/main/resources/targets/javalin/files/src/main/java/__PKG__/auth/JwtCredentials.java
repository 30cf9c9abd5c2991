package {{package}}.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HS256 access tokens and rotating refresh tokens. java-jwt accepts tokens without {@code exp} and ignores
 * issuer, audience and type unless told, so the verifier requires every one of them.
 */
public final class JwtCredentials implements Credentials {
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final String issuer;
    private final String audience;
    private final long lifetimeSeconds;
    private final RefreshTokens refreshTokens;

    public JwtCredentials(String secret, String issuer, String audience, long lifetimeSeconds,
                          RefreshTokens refreshTokens) {
        this.algorithm = Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
        this.audience = audience;
        this.lifetimeSeconds = lifetimeSeconds;
        this.refreshTokens = refreshTokens;
        this.verifier = JWT.require(algorithm).withIssuer(issuer).withAudience(audience).withClaim("typ", "access")
                .withClaimPresence("exp").withClaimPresence("iat").withClaimPresence("jti")
                .withClaimPresence("sub").build();
    }

    @Override
    public Issued issue(Caller caller) {
        return new Issued(new TokenPair(accessToken(caller), refreshTokens.start(caller.id()), "Bearer",
                lifetimeSeconds), null);
    }

    /** A new pair for a refresh token; empty when it is unknown, expired, spent (reuse revokes its family). */
    public Optional<TokenPair> refresh(String refreshToken, java.util.function.Function<String, Optional<Caller>> users) {
        return refreshTokens.rotate(refreshToken).flatMap(r -> users.apply(r.userId())
                .map(caller -> new TokenPair(accessToken(caller), r.nextToken(), "Bearer", lifetimeSeconds)));
    }

    private String accessToken(Caller caller) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(issuer).withAudience(audience).withSubject(caller.id())
                .withClaim("roles", caller.roles()).withClaim("name", caller.name()).withClaim("typ", "access")
                .withIssuedAt(now).withExpiresAt(now.plusSeconds(lifetimeSeconds))
                .withJWTId(UUID.randomUUID().toString()).sign(algorithm);
    }

    @Override
    public Optional<Caller> fromBearer(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            List<String> roles = jwt.getClaim("roles").asList(String.class);
            return Optional.of(new Caller(jwt.getSubject(), jwt.getClaim("name").asString(),
                    roles == null ? List.of() : roles));
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Caller> fromSession(String sessionId) {
        return Optional.empty();
    }

    @Override
    public String cookieName() {
        return null;
    }

    @Override
    public String logout(String refreshToken) {
        refreshTokens.revoke(refreshToken);
        return null;
    }
}
