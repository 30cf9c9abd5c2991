package dev.stackbench.model;

/** Access tokens are short-lived JWTs; refresh tokens are opaque, stored hashed, rotated and reuse-checked. */
public record JwtSettings(
        int accessTokenMinutes,
        int refreshTokenDays,
        boolean refreshTokens,
        boolean rotateRefreshTokens,
        boolean detectReuse,
        String issuer,
        String audience) {

    public JwtSettings {
        accessTokenMinutes = accessTokenMinutes <= 0 ? 15 : accessTokenMinutes;
        refreshTokenDays = refreshTokenDays <= 0 ? 14 : refreshTokenDays;
        issuer = issuer == null || issuer.isBlank() ? "stackbench" : issuer;
        audience = audience == null || audience.isBlank() ? "api" : audience;
    }

    public static JwtSettings defaults() {
        return new JwtSettings(15, 14, true, true, true, "stackbench", "api");
    }
}
