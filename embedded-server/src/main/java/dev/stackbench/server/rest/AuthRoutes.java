package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.auth.TokenPair;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/auth/register|login|refresh|logout|me}. JWT answers carry the token pair in {@code data}; sessions
 * set a fresh HttpOnly cookie (a new id at every login). OAuth projects issue what {@code oauth.issueAs} says;
 * without a password field there is no register or login (users come through the OAuth consent page).
 */
final class AuthRoutes {
    private static final String DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private final UserRows users;
    private final RestContext ctx;
    private final boolean jwt;

    private AuthRoutes(UserRows users, RestContext ctx, boolean jwt) {
        this.users = users;
        this.ctx = ctx;
        this.jwt = jwt;
    }

    static Optional<AuthRoutes> of(Project project, RelationalPlan plan, RestContext ctx, Repository repo) {
        AuthStrategy strategy = project.auth().strategy() == AuthStrategy.OAUTH ? project.auth().oauth().issueAs()
                : project.auth().strategy();
        return UserRows.of(project, plan, repo).map(u -> new AuthRoutes(u, ctx, strategy == AuthStrategy.JWT));
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>(List.of(
                Route.of("POST", "/api/auth/logout", null, this::logout),
                Route.of("GET", "/api/auth/me", null, this::me)));
        if (users.password != null) {
            routes.add(Route.of("POST", "/api/auth/register", null, this::register));
            routes.add(Route.of("POST", "/api/auth/login", null, this::login));
        }
        if (jwt) {
            routes.add(Route.of("POST", "/api/auth/refresh", null, this::refresh));
        }
        return routes;
    }

    private ApiResponse register(Call call) throws SQLException {
        ObjectNode body = BodyParser.object(call.request());
        String password = passwordOf(body);
        ObjectNode fields = body.deepCopy();
        fields.remove("password");
        Caller caller = ctx.database().transaction(c -> {
            Registration.insert(users, fields, password, c, ctx);
            String id = users.credentials(c, fields.path(users.login.property()).asText()).orElseThrow()[0];
            return users.caller(users.row(c, id).orElseThrow());
        });
        return credentials(call, caller, 201);
    }

    /** The password property: must be a string (400) of 8 to 128 characters (422, reported with the others). */
    private static String passwordOf(ObjectNode body) {
        JsonNode node = body.get("password");
        if (node != null && !node.isNull() && !node.isTextual()) {
            throw ApiException.invalid(List.of(new FieldError("password", "must be a string")));
        }
        return node == null || node.isNull() ? null : node.textValue();
    }

    private ApiResponse login(Call call) throws SQLException {
        ObjectNode body = BodyParser.object(call.request());
        String loginProperty = users.login.property();
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of(loginProperty, "password")) {
            JsonNode v = body.get(name);
            if (v != null && !v.isNull() && !v.isTextual()) {
                errors.add(new FieldError(name, "must be a string"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        for (String name : List.of(loginProperty, "password")) {
            if (!body.hasNonNull(name)) {
                errors.add(new FieldError(name, "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Optional<Caller> caller = ctx.database().transaction(c -> {
            Optional<String[]> found = users.credentials(c, body.get(loginProperty).textValue());
            boolean ok = ctx.hasher().verify(body.get("password").textValue(),
                    found.map(f -> f[1]).orElse(DUMMY_HASH)) && found.isPresent();
            return ok ? users.row(c, found.get()[0]).map(users::caller) : Optional.<Caller>empty();
        });
        return credentials(call, caller.orElseThrow(() -> new ApiException(401, "Invalid login or password")), 200);
    }

    private ApiResponse credentials(Call call, Caller caller, int status) throws SQLException {
        ObjectNode user = ctx.database().transaction(c -> users.row(c, caller.id()).orElseThrow());
        ObjectNode data = ctx.json().createObjectNode();
        data.set("user", user);
        if (jwt) {
            TokenPair pair = ctx.credentials().issueTokens(caller);
            tokens(data, pair);
            return ApiResponse.of(status, Envelope.ok(data, call.requestId()));
        }
        String session = ctx.credentials().openSession(caller);
        return ApiResponse.of(status, Envelope.ok(data, call.requestId()))
                .withHeader("Set-Cookie", ctx.credentials().sessionCookie(session, ctx.secureCookies()));
    }

    private static void tokens(ObjectNode data, TokenPair pair) {
        data.put("accessToken", pair.accessToken());
        data.put("refreshToken", pair.refreshToken());
        data.put("tokenType", pair.tokenType());
        data.put("expiresIn", pair.expiresIn());
    }

    private ApiResponse refresh(Call call) throws SQLException {
        String token = refreshTokenOf(BodyParser.object(call.request()));
        Optional<TokenPair> pair = ctx.credentials().refresh(token, id -> {
            try {
                return ctx.database().transaction(c -> users.row(c, id).map(users::caller));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        ObjectNode data = ctx.json().createObjectNode();
        tokens(data, pair.orElseThrow(ApiException::invalidCredentials));
        return ApiResponse.of(200, Envelope.ok(data, call.requestId()));
    }

    private static String refreshTokenOf(ObjectNode body) {
        JsonNode node = body.get("refreshToken");
        if (node != null && !node.isNull() && !node.isTextual()) {
            throw ApiException.invalid(List.of(new FieldError("refreshToken", "must be a string")));
        }
        if (node == null || node.isNull()) {
            throw ApiException.validation(List.of(new FieldError("refreshToken", "is required")));
        }
        return node.textValue();
    }

    private ApiResponse logout(Call call) {
        if (jwt) {
            ctx.credentials().revokeRefreshToken(refreshTokenOf(BodyParser.object(call.request())));
            return new ApiResponse(204, null, Map.of());
        }
        String cookie = Cookies.value(call.request().header("cookie"), ctx.credentials().cookieName());
        if (cookie != null) {
            ctx.credentials().closeSession(cookie);
        }
        return new ApiResponse(204, null, Map.of("Set-Cookie",
                ctx.credentials().clearedSessionCookie(ctx.secureCookies())));
    }

    private ApiResponse me(Call call) throws SQLException {
        if (call.caller() == null) {
            throw ApiException.authenticationRequired();
        }
        ObjectNode row = ctx.database().transaction(c -> users.row(c, call.caller().id()))
                .orElseThrow(ApiException::invalidCredentials);
        return ApiResponse.of(200, Envelope.ok(row, call.requestId()));
    }
}
