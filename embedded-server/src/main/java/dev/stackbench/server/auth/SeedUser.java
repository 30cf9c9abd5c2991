package dev.stackbench.server.auth;

/**
 * A user created at start-up for one role, with a known password shown in the UI and CLI (never in the API);
 * {@code password} is null when the model has no password field (OAuth-only users log in on the consent page).
 */
public record SeedUser(String id, String login, String password, String role) {
}
