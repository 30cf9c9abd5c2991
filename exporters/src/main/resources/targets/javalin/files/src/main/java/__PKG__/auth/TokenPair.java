package {{package}}.auth;

/** What a JWT login answers: a short-lived access token and an opaque, rotating refresh token. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
