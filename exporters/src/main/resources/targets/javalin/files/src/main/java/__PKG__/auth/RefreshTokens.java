package {{package}}.auth;

import {{package}}.db.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static {{package}}.db.Sql.q;

/**
 * Opaque refresh tokens in the database (so every instance sees them), stored only as SHA-256 hashes. A login
 * starts a family; each use spends the token and issues the next one of the family; presenting a spent token
 * again is reuse and revokes the whole family; logout revokes the family.
 */
public final class RefreshTokens {
    /** The user a token belonged to and the token that replaces it. */
    public record Rotation(String userId, String nextToken) {
    }

    private static final String TABLE = q("refresh_tokens");

    private final Database database;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokens(Database database, Duration lifetime) {
        this.database = database;
        this.lifetime = lifetime;
    }

    public String start(String userId) {
        return unchecked(() -> database.transaction(c -> issue(c, newToken(), userId)));
    }

    public Optional<Rotation> rotate(String token) {
        return unchecked(() -> database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q("family") + ", " + q("user_id") + ", "
                    + q("expires_at") + ", " + q("spent") + ", " + q("revoked") + " FROM " + TABLE + " WHERE "
                    + q("token_hash") + " = ? FOR UPDATE")) {
                ps.setString(1, hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getBoolean("revoked")
                            || rs.getObject("expires_at", OffsetDateTime.class).isBefore(now())) {
                        return Optional.<Rotation>empty();
                    }
                    String family = rs.getString("family");
                    String userId = rs.getString("user_id");
                    if (rs.getBoolean("spent")) {
                        revokeFamily(c, family);
                        return Optional.<Rotation>empty();
                    }
                    update(c, "UPDATE " + TABLE + " SET " + q("spent") + " = TRUE WHERE " + q("token_hash") + " = ?",
                            hash(token));
                    return Optional.of(new Rotation(userId, issue(c, family, userId)));
                }
            }
        }));
    }

    /** Revokes the family of {@code token}; an unknown token is ignored (logout is idempotent). */
    public void revoke(String token) {
        unchecked(() -> database.transaction(c -> {
            // Read first, then update: MySQL refuses an UPDATE whose subquery reads the table being updated.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q("family") + " FROM " + TABLE + " WHERE "
                    + q("token_hash") + " = ?")) {
                ps.setString(1, hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        revokeFamily(c, rs.getString(1));
                    }
                }
            }
            return null;
        }));
    }

    private String issue(java.sql.Connection c, String family, String userId) throws SQLException {
        String token = newToken();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (" + q("token_hash") + ", " + q("family")
                + ", " + q("user_id") + ", " + q("expires_at") + ", " + q("spent") + ", " + q("revoked")
                + ") VALUES (?, ?, ?, ?, FALSE, FALSE)")) {
            ps.setString(1, hash(token));
            ps.setString(2, family);
            ps.setString(3, userId);
            ps.setObject(4, now().plus(lifetime));
            ps.executeUpdate();
        }
        return token;
    }

    private static void revokeFamily(java.sql.Connection c, String family) throws SQLException {
        update(c, "UPDATE " + TABLE + " SET " + q("revoked") + " = TRUE WHERE " + q("family") + " = ?", family);
    }

    private static void update(java.sql.Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T unchecked(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("refresh token store failed", e);
        }
    }
}
