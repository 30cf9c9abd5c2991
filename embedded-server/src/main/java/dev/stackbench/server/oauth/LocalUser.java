package dev.stackbench.server.oauth;

/**
 * A user the local authorization server can sign in: the row id, its login (e.g. email), a display name and
 * its role. The live server's seed users are offered on the consent page.
 */
public record LocalUser(String id, String login, String name, String role) {
}
