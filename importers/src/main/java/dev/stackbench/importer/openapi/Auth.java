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
    private static final List<String> USER_NAMES = List.of("user", "account", "member");

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
                : entities.stream().filter(e -> login(e).isPresent()).min(java.util.Comparator.comparingInt(Auth::userRank));
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

    /** Which entity with a login property holds the users: one named so first, then one with a password. */
    private static int userRank(Entity e) {
        boolean named = USER_NAMES.contains(e.name().toLowerCase(Locale.ROOT));
        return (named ? 0 : 2) + (password(e).isPresent() ? 0 : 1);
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

    /** The live backend's own OAuth callback: the redirect URI an imported OAuth model starts with. */
    static final String OWN_CALLBACK = "http://localhost:8080/api/auth/oauth/callback";

    private static OAuthSettings oauth(Doc doc, JsonNode x) {
        OAuthSettings settings = OAuthSettings.defaults();
        List<String> scopes = settings.scopes();
        for (Map.Entry<String, SecurityScheme> s : schemes(doc).entrySet()) {
            SecurityScheme scheme = s.getValue();
            if (scheme.getType() != SecurityScheme.Type.OAUTH2 || scheme.getFlows() == null) {
                continue;
            }
            OAuthFlow code = scheme.getFlows().getAuthorizationCode();
            if (code == null) {
                code = scheme.getFlows().getImplicit();
                doc.report.note("/components/securitySchemes/" + Doc.segment(s.getKey()) + "/flows", "only the "
                        + "authorization-code flow (with PKCE) is supported; the other flow's URLs and scopes are kept");
            }
            if (code != null) {
                settings = settings.withAuthorizeUrl(code.getAuthorizationUrl()).withTokenUrl(code.getTokenUrl());
                if (code.getScopes() != null && !code.getScopes().isEmpty()) {
                    scopes = List.copyOf(code.getScopes().keySet());
                }
            }
        }
        JsonNode own = x.path("oauth");
        List<String> redirects = own.has("redirectUris") ? Doc.strings(own.path("redirectUris")) : List.of(OWN_CALLBACK);
        if (!own.has("redirectUris")) {
            doc.report.note("/components/securitySchemes", "the OAuth redirect URI is the backend's own callback "
                    + OWN_CALLBACK + "; list your clients' exact URIs");
        }
        AuthStrategy issueAs = x.has("issueAs") ? AuthStrategy.valueOf(x.path("issueAs").asText().toUpperCase(Locale.ROOT))
                : schemes(doc).values().stream().anyMatch(s -> s.getType() == SecurityScheme.Type.HTTP)
                ? AuthStrategy.JWT : AuthStrategy.SESSION;
        return new OAuthSettings(own.path("providerName").asText(settings.providerName()), settings.authorizeUrl(),
                settings.tokenUrl(), own.path("userInfoUrl").asText(settings.userInfoUrl()),
                own.path("clientId").asText(settings.clientId()), scopes, redirects, issueAs);
    }
}
