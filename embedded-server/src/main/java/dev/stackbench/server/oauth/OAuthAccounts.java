package dev.stackbench.server.oauth;

import java.util.List;
import java.util.Optional;

/** The users the local authorization server may sign in, read from the live server's user table. */
public interface OAuthAccounts {
    /** Users offered on the consent page (the seed users and any registered since). */
    List<LocalUser> users();

    Optional<LocalUser> user(String id);
}
