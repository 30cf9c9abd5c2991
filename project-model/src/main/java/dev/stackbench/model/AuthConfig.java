package dev.stackbench.model;

import java.util.List;
import java.util.Optional;

/**
 * How users prove who they are and what they may do. The user entity holds the login field (unique, e.g. email),
 * the password field (sensitive) and optionally a role field (enum of role names).
 */
public record AuthConfig(
        AuthStrategy strategy,
        String userEntityId,
        String loginFieldId,
        String passwordFieldId,
        String roleFieldId,
        List<Role> roles,
        String defaultRole,
        JwtSettings jwt,
        SessionSettings session,
        OAuthSettings oauth) {

    public AuthConfig {
        strategy = strategy == null ? AuthStrategy.NONE : strategy;
        roles = Lists.copy(roles);
        jwt = jwt == null ? JwtSettings.defaults() : jwt;
        session = session == null ? SessionSettings.defaults() : session;
        oauth = oauth == null ? OAuthSettings.defaults() : oauth;
    }

    public static AuthConfig none() {
        return new AuthConfig(AuthStrategy.NONE, null, null, null, null, List.of(), null, null, null, null);
    }

    public boolean enabled() {
        return strategy != AuthStrategy.NONE;
    }

    public Optional<Role> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public AuthConfig withStrategy(AuthStrategy v) { return new AuthConfig(v, userEntityId, loginFieldId, passwordFieldId, roleFieldId, roles, defaultRole, jwt, session, oauth); }
    public AuthConfig withUser(String entity, String login, String password, String role) { return new AuthConfig(strategy, entity, login, password, role, roles, defaultRole, jwt, session, oauth); }
    public AuthConfig withRoles(List<Role> v) { return new AuthConfig(strategy, userEntityId, loginFieldId, passwordFieldId, roleFieldId, v, defaultRole, jwt, session, oauth); }
    public AuthConfig withDefaultRole(String v) { return new AuthConfig(strategy, userEntityId, loginFieldId, passwordFieldId, roleFieldId, roles, v, jwt, session, oauth); }
    public AuthConfig withJwt(JwtSettings v) { return new AuthConfig(strategy, userEntityId, loginFieldId, passwordFieldId, roleFieldId, roles, defaultRole, v, session, oauth); }
    public AuthConfig withSession(SessionSettings v) { return new AuthConfig(strategy, userEntityId, loginFieldId, passwordFieldId, roleFieldId, roles, defaultRole, jwt, v, oauth); }
    public AuthConfig withOauth(OAuthSettings v) { return new AuthConfig(strategy, userEntityId, loginFieldId, passwordFieldId, roleFieldId, roles, defaultRole, jwt, session, v); }
}
