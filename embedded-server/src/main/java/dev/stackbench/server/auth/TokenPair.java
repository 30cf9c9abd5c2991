package dev.stackbench.server.auth;

/** JWT credentials as the API returns them: {@code {accessToken, refreshToken, tokenType, expiresIn}}. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
