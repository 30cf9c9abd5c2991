package dev.stackbench.app.playground;

/** A seed user the auth helper can log in as with one click. */
public record SeedLogin(String login, String password, String role) {
    @Override
    public String toString() {
        return login + " (" + role + ")";
    }
}
