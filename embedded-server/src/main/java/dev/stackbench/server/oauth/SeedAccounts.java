package dev.stackbench.server.oauth;

import dev.stackbench.server.auth.SeedUser;

import java.util.List;
import java.util.Optional;

/** The live server's seed users (one per role) as the accounts the local authorization server offers. */
final class SeedAccounts implements OAuthAccounts {
    private final List<LocalUser> users;

    SeedAccounts(List<SeedUser> seedUsers) {
        this.users = seedUsers.stream().map(u -> new LocalUser(u.id(), u.login(), u.login(), u.role())).toList();
    }

    @Override
    public List<LocalUser> users() {
        return users;
    }

    @Override
    public Optional<LocalUser> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
