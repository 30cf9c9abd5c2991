package {{package}}.auth;

import {{package}}.data.Changes;
import {{package}}.data.Ids;
import {{package}}.data.TableRepository;
import {{package}}.data.Validator;
import {{package}}.db.Database;
import {{package}}.web.ApiException;
import {{package}}.web.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static {{package}}.db.Sql.q;

/**
 * Register, login, refresh, logout and "me". Registration validates like a create of the user resource plus the
 * password rule (8–128 characters); the role is always the default (a role in the body is read-only). Login
 * checks a dummy hash for unknown users so both failures take the same time and say the same thing.
 */
public final class AuthService {
    /** A signed-in user and what proves it. */
    public record SignedIn(Object user, Credentials.Issued issued) {
    }

    private final Database database;
    private final TableRepository<?> users;
    private final Validator validator;
    private final PasswordHasher hasher;
    private final Credentials credentials;
    private final UserTable table;

    public AuthService(Database database, TableRepository<?> users, PasswordHasher hasher, Credentials credentials,
                       UserTable table) {
        this.database = database;
        this.users = users;
        this.validator = new Validator(users.schema(), users);
        this.hasher = hasher;
        this.credentials = credentials;
        this.table = table;
    }

    public SignedIn register(ObjectNode body) throws SQLException {
        String password = text(body, "password");
        ObjectNode fields = body.deepCopy();
        fields.remove("password");
        if (table.roleProperty() != null && fields.has(table.roleProperty())) {
            throw ApiException.invalid(List.of(new FieldError(table.roleProperty(), "is read-only")));
        }
        if (table.roleProperty() != null) {
            fields.put(table.roleProperty(), table.defaultRole());
        }
        String problem = password == null ? "is required" : password.length() < 8 ? "must be at least 8 characters"
                : password.length() > 128 ? "must be at most 128 characters" : null;
        Object id = database.transaction(c -> {
            Changes changes;
            try {
                changes = validator.check(fields, Validator.Mode.CREATE, c, null);
            } catch (ApiException e) {
                if (e.status() != 422 || problem == null) {
                    throw e;
                }
                List<FieldError> all = new ArrayList<>(e.errors());
                all.add(new FieldError("password", problem));
                throw ApiException.validation(all);
            }
            if (problem != null) {
                throw ApiException.validation(List.of(new FieldError("password", problem)));
            }
            Map<String, Object> values = new LinkedHashMap<>(changes.columns());
            values.put(table.passwordColumn(), hasher.hash(password));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            users.schema().properties().stream().filter(p -> p.role() == {{package}}.data.Property.Role.CREATED_AT
                    || p.role() == {{package}}.data.Property.Role.UPDATED_AT).forEach(p -> values.put(p.column(), now));
            return users.insert(c, values);
        });
        return signIn(id.toString());
    }

    public SignedIn login(ObjectNode body) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of(table.loginProperty(), "password")) {
            JsonNode v = body.get(name);
            if (v != null && !v.isNull() && !v.isTextual()) {
                errors.add(new FieldError(name, "must be a string"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        for (String name : List.of(table.loginProperty(), "password")) {
            if (!body.hasNonNull(name)) {
                errors.add(new FieldError(name, "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Optional<String[]> found = database.read(c -> credentialsOf(c, body.get(table.loginProperty()).textValue()));
        boolean ok = hasher.verify(body.get("password").textValue(), found.map(f -> f[1])
                .orElse(PasswordHasher.DUMMY_HASH)) && found.isPresent();
        if (!ok) {
            throw new ApiException(401, "Invalid login or password");
        }
        return signIn(found.get()[0]);
    }

    /** Signs in a user known by id (after registration, or an OAuth login that found or created them). */
    public SignedIn signIn(String userId) throws SQLException {
        Caller caller = caller(userId).orElseThrow(ApiException::invalidCredentials);
        return new SignedIn(me(caller), credentials.issue(caller));
    }

    /**
     * Signs in the user an external provider vouched for: found by login, or created with the default role and
     * the name the provider gave (validated like any user; a missing required field is a 422).
     */
    public SignedIn signInExternal(String login, String name) throws SQLException {
        Optional<String> existing = database.read(c -> idByLogin(c, login));
        if (existing.isPresent()) {
            return signIn(existing.get());
        }
        ObjectNode fields = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.put(table.loginProperty(), login);
        users.schema().properties().stream().filter(p -> p.column().equals(table.nameColumn())
                && !p.name().equals(table.loginProperty())).findFirst().ifPresent(p -> fields.put(p.name(), name));
        if (table.roleProperty() != null) {
            fields.put(table.roleProperty(), table.defaultRole());
        }
        Object id = database.transaction(c -> {
            Map<String, Object> values = new LinkedHashMap<>(validator.check(fields, Validator.Mode.CREATE, c, null)
                    .columns());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            users.schema().properties().stream().filter(p -> p.role() == {{package}}.data.Property.Role.CREATED_AT
                    || p.role() == {{package}}.data.Property.Role.UPDATED_AT).forEach(p -> values.put(p.column(), now));
            return users.insert(c, values);
        });
        return signIn(id.toString());
    }

    public TokenPair refresh(ObjectNode body) {
        String token = refreshTokenOf(body);
        if (!(credentials instanceof JwtCredentials jwt)) {
            throw new ApiException(404, "No route for POST /api/auth/refresh");
        }
        return jwt.refresh(token, id -> {
            try {
                return caller(id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow(ApiException::invalidCredentials);
    }

    /** Revokes the refresh token (JWT) or the session; returns a cookie to clear, or null. */
    public String logout(ObjectNode body, String sessionId) {
        return credentials.logout(credentials instanceof JwtCredentials ? refreshTokenOf(body) : sessionId);
    }

    public Object me(Caller caller) throws SQLException {
        if (caller == null) {
            throw ApiException.authenticationRequired();
        }
        Object id = Ids.of(caller.id(), users.schema().idType());
        return database.read(c -> users.find(c, id)).orElseThrow(ApiException::invalidCredentials);
    }

    /** The caller a user row stands for: id, display name and role. */
    public Optional<Caller> caller(String userId) throws SQLException {
        Object id = Ids.of(userId, users.schema().idType());
        String roleColumn = table.roleColumn() == null ? "NULL" : q(table.roleColumn());
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q(table.nameColumn()) + ", " + roleColumn
                    + " FROM " + q(table.table()) + " WHERE " + q("id") + " = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String role = rs.getString(2);
                    return Optional.of(new Caller(userId, rs.getString(1), role == null
                            ? table.defaultRole() == null ? List.of() : List.of(table.defaultRole()) : List.of(role)));
                }
            }
        });
    }

    private Optional<String> idByLogin(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + q("id") + " FROM " + q(table.table()) + " WHERE "
                + q(table.loginColumn()) + " = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private Optional<String[]> credentialsOf(Connection c, String login) throws SQLException {
        if (table.passwordColumn() == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + q("id") + ", " + q(table.passwordColumn()) + " FROM "
                + q(table.table()) + " WHERE " + q(table.loginColumn()) + " = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    private static String refreshTokenOf(ObjectNode body) {
        String token = text(body, "refreshToken");
        if (token == null) {
            throw ApiException.validation(List.of(new FieldError("refreshToken", "is required")));
        }
        return token;
    }

    /** A string property of the body: 400 when it has another JSON type. */
    private static String text(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node != null && !node.isNull() && !node.isTextual()) {
            throw ApiException.invalid(List.of(new FieldError(name, "must be a string")));
        }
        return node == null || node.isNull() ? null : node.textValue();
    }
}
