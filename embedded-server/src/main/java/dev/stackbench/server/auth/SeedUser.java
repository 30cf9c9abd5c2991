package dev.stackbench.server.auth;

/** A user created at start-up for one role, with a known password shown in the UI and CLI (never in the API). */
public record SeedUser(String id, String login, String password, String role) {
}
