package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Base64;
import java.util.Optional;

/**
 * Decodes a JWT's payload for display only (the playground shows claims and expiry). It verifies nothing and
 * is never used to make an access decision: the server does that.
 */
public final class JwtClaims {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TIMES = Set.of("iat", "exp", "nbf", "auth_time");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JwtClaims() {
    }

    public static Optional<JsonNode> payload(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Base64.getUrlDecoder().decode(parts[1])));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The claims one per line for people: times ({@code iat}, {@code exp}, {@code nbf}) as local times, arrays joined. */
    public static List<Credentials.Claim> readable(String token, ZoneId zone) {
        List<Credentials.Claim> claims = new ArrayList<>();
        payload(token).ifPresent(p -> p.fields().forEachRemaining(e -> claims.add(
                new Credentials.Claim(e.getKey(), readable(e.getKey(), e.getValue(), zone)))));
        return claims;
    }

    private static String readable(String name, JsonNode value, ZoneId zone) {
        if (TIMES.contains(name) && value.canConvertToLong()) {
            return TIME.format(Instant.ofEpochSecond(value.asLong()).atZone(zone));
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    public static Optional<Instant> expiry(String token) {
        return payload(token).map(p -> p.get("exp")).filter(JsonNode::canConvertToLong)
                .map(exp -> Instant.ofEpochSecond(exp.asLong()));
    }
}
