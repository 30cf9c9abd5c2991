package dev.stackbench.server.auth;

import java.util.Optional;

/** The users of the live server's user entity, as callers. The OAuth callback links or creates users here. */
public interface UserDirectory {
    Optional<Caller> byId(String id);

    Optional<Caller> byLogin(String login);

    /** The user with this login, created with the default role (and a random unusable password) if missing. */
    Caller createOrLink(String login, String displayName);
}
