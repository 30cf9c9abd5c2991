package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OAuthSettings;
import dev.stackbench.model.Role;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * Security schemes to the auth strategy: bearer is JWT, an API key in a cookie is a session, OAuth 2 / OpenID
 * Connect is OAuth. Our documents also name the user entity, its fields and the roles ({@code x-stackbench-auth});
 * otherwise the user entity is the one with a login property ({@code email}, {@code username}) and the roles are
 * the values of its {@code role} enum.
 */
final class Auth {
    private static final List<String> LOGINS = List.of("email", "username", "login");

    private Auth() {
    }

    /** The auth setup, and the user entity with its password field marked sensitive when it had to be. */
    record Mapped(AuthConfig auth, List<Entity> entities) {
    }

    static Mapped map(Doc doc, List<Entity> entities) {
        JsonNode x = Doc.ext(doc.api.getExtensions(), "auth");
        AuthStrategy strategy = x.has("strategy") ? AuthStrategy.valueOf(x.path("strategy").asText().toUpperCase(Locale.ROOT))
                : fromSchemes(doc);
        if (strategy == AuthStrategy.NONE) {
            return new Mapped(AuthConfig.none(), entities);
        }
        Optional<Entity> user = x.has("userEntity")
                ? entities.stream().filter(e -> e.name().equals(x.path("userEntity").asText())).findFirst()
                : entities.stream().filter(e -> login(e).isPresent()).findFirst();
        if (user.isEmpty()) {
            doc.report.note("/components/securitySchemes", "no entity has a login property (email, username): "
                    + "the auth strategy is kept but the user entity must be picked by hand");
            return new Mapped(AuthConfig.none().withStrategy(strategy), entities);
        }
        Entity u = user.get();
        Optional<Field> login = x.has("loginField") ? u.fieldNamed(x.path("loginField").asText()) : login(u);
        Optional<Field> password = x.has("passwordField") ? u.fieldNamed(x.path("passwordField").asText())
                : x.has("strategy") ? Optional.empty() : password(u);
        Optional<Field> role = x.has("roleField") ? u.fieldNamed(x.path("roleField").asText())
                : x.has("strategy") ? Optional.empty() : u.fieldNamed("role").filter(f -> f.type() == FieldType.ENUM);
        List<Role> roles = new ArrayList<>();
        if (x.has("roles")) {
            x.path("roles").forEach(r -> roles.add(new Role("role_" + Naming.snake(r.path("name").asText()),
                    r.path("name").asText(), r.path("description").asText(""))));
        } else {
            role.ifPresent(f -> f.enumValues().forEach(v -> roles.add(new Role("role_" + Naming.snake(v), v, ""))));
        }
        List<Entity> out = entities;
        if (login.isPresent() && !login.get().unique()) {
            doc.report.note("/components/schemas/" + u.name(), login.get().name() + " is the login: made unique");
            out = replace(out, u.withField(login.get().id(), f -> f.withUnique(true).withRequired(true)));
        }
        if (password.isPresent() && !password.get().sensitive()) {
            out = replace(out, u.withField(password.get().id(), f -> f.withSensitive(true)));
        }
        String defaultRole = x.has("defaultRole") ? x.path("defaultRole").asText()
                : role.map(Field::defaultValue).orElse(roles.isEmpty() ? null : roles.get(0).name());
        AuthConfig auth = AuthConfig.none().withStrategy(strategy).withUser(u.id(), login.map(Field::id).orElse(null),
                password.map(Field::id).orElse(null), role.map(Field::id).orElse(null)).withRoles(roles)
                .withDefaultRole(defaultRole);
        if (strategy == AuthStrategy.OAUTH) {
            auth = auth.withOauth(oauth(doc, x));
        }
        return new Mapped(auth, out);
    }

    private static List<Entity> replace(List<Entity> entities, Entity changed) {
        return entities.stream().map(e -> e.id().equals(changed.id()) ? changed : e).toList();
    }

    private static Optional<Field> login(Entity e) {
        for (String name : LOGINS) {
            Optional<Field> f = e.fieldNamed(name).filter(x -> x.type() == FieldType.STRING);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static Optional<Field> password(Entity e) {
        return e.fields().stream().filter(f -> f.sensitive() || Naming.words(f.name()).contains("password"))
                .findFirst();
    }

    private static Map<String, SecurityScheme> schemes(Doc doc) {
        return doc.api.getComponents() == null || doc.api.getComponents().getSecuritySchemes() == null ? Map.of()
                : doc.api.getComponents().getSecuritySchemes();
    }

    private static AuthStrategy fromSchemes(Doc doc) {
        AuthStrategy found = AuthStrategy.NONE;
        for (Map.Entry<String, SecurityScheme> s : schemes(doc).entrySet()) {
            SecurityScheme scheme = s.getValue();
            String pointer = "/components/securitySchemes/" + Doc.segment(s.getKey());
            AuthStrategy strategy = switch (scheme.getType()) {
                case OAUTH2, OPENIDCONNECT -> AuthStrategy.OAUTH;
                case HTTP -> "bearer".equalsIgnoreCase(scheme.getScheme()) ? AuthStrategy.JWT : null;
                case APIKEY -> scheme.getIn() == SecurityScheme.In.COOKIE ? AuthStrategy.SESSION : null;
                default -> null;
            };
            if (strategy == null) {
                doc.report.note(pointer, scheme.getType() + " " + (scheme.getScheme() == null ? scheme.getIn()
                        : scheme.getScheme()) + " has no auth strategy counterpart (JWT, session cookie, OAuth)");
            } else if (found == AuthStrategy.NONE || strategy == AuthStrategy.OAUTH) {
                found = strategy;
            }
        }
        return found;
    }

    private static OAuthSettings oauth(Doc doc, JsonNode x) {
        OAuthSettings settings = OAuthSettings.defaults();
        for (SecurityScheme scheme : schemes(doc).values()) {
            if (scheme.getType() == SecurityScheme.Type.OAUTH2 && scheme.getFlows() != null
                    && scheme.getFlows().getAuthorizationCode() != null) {
                OAuthFlow code = scheme.getFlows().getAuthorizationCode();
                settings = settings.withAuthorizeUrl(code.getAuthorizationUrl()).withTokenUrl(code.getTokenUrl());
                if (code.getScopes() != null && !code.getScopes().isEmpty()) {
                    settings = new OAuthSettings(settings.providerName(), settings.authorizeUrl(), settings.tokenUrl(),
                            settings.userInfoUrl(), settings.clientId(), List.copyOf(code.getScopes().keySet()),
                            settings.redirectUris(), settings.issueAs());
                }
            }
        }
        AuthStrategy issueAs = x.has("issueAs") ? AuthStrategy.valueOf(x.path("issueAs").asText().toUpperCase(Locale.ROOT))
                : schemes(doc).values().stream().anyMatch(s -> s.getType() == SecurityScheme.Type.HTTP)
                ? AuthStrategy.JWT : AuthStrategy.SESSION;
        return new OAuthSettings(settings.providerName(), settings.authorizeUrl(), settings.tokenUrl(),
                settings.userInfoUrl(), settings.clientId(), settings.scopes(), settings.redirectUris(), issueAs);
    }

}
