package dev.stackbench.app.ui.pages;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.OAuthSettings;
import dev.stackbench.model.edit.RoleEdits;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.JwtSettings;
import dev.stackbench.model.SessionSettings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Auth: the strategy with the recommendation the deciding questions lead to (and why); its settings (token
 * lifetimes, cookie, OAuth provider); who the users are (user entity, login, password and role fields) and their
 * roles; and the roles × endpoints matrix: who may call what.
 */
public final class AuthPage implements Page {
    private final Editor editor;
    private final ComboBox<AuthStrategy> strategy = new ComboBox<>(FXCollections.observableArrayList(AuthStrategy.values()));
    private final Label recommendation = new Label();
    private final Button adopt = new Button();
    private final DecidingQuestions questions;
    private final Label settings = new Label();
    private final javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
    private final javafx.scene.layout.GridPane users = new javafx.scene.layout.GridPane();
    private final TableView<Role> roles = new TableView<>();
    private final TableView<Endpoint> matrix = new TableView<>();
    private final VBox root;
    private boolean showing;
    private Project project;

    public AuthPage(Editor editor) {
        this.editor = editor;
        strategy.setId("auth-strategy");
        strategy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AuthStrategy s) {
                return s == null ? "" : label(s);
            }

            @Override
            public AuthStrategy fromString(String text) {
                return java.util.Arrays.stream(AuthStrategy.values()).filter(s -> label(s).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        strategy.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                editor.edit(p -> p.withAuth(p.auth().withStrategy(now)));
            }
        });
        recommendation.setWrapText(true);
        settings.setWrapText(true);
        matrix.setId("roles-matrix");
        Label title = Cells.title("Auth");
        for (javafx.scene.layout.GridPane grid : List.of(form, users)) {
            grid.setHgap(8);
            grid.setVgap(6);
        }
        questions = new DecidingQuestions(editor, 290);
        adopt.setId("adopt-recommendation");
        TabPane tabs = new TabPane(
                Cells.tab("Which strategy?", new VBox(10, new Label("Answer for the clients you will have; the "
                        + "recommendation above follows."), questions.view())),
                Cells.tab("Settings", new VBox(8, settings, form)),
                Cells.tab("Users and roles", rolesPane()),
                Cells.tab("Roles × endpoints", new VBox(6, new Label("✓ may call; own = only their own rows"), matrix)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox.setVgrow(matrix, Priority.ALWAYS);
        HBox recommended = new HBox(10, recommendation, adopt);
        recommended.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(recommendation, Priority.ALWAYS);
        HBox chooser = new HBox(8, new Label("Strategy"), strategy);
        chooser.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(8, title, chooser, recommended, tabs);
        root.setPadding(new Insets(12));
    }

    private VBox rolesPane() {
        roles.setId("role-table");
        roles.setEditable(true);
        roles.getColumns().add(Cells.text("Role", Role::name, 140,
                (r, v) -> editor.edit(p -> RoleEdits.rename(p, r.name(), v))));
        roles.getColumns().add(Cells.text("What they do", Role::description, 420,
                (r, v) -> editor.edit(p -> RoleEdits.describe(p, r.name(), v))));
        roles.setPlaceholder(new Label("No roles: every signed-in user may do the same things."));
        Button add = new Button("Add role");
        add.setId("add-role");
        add.setOnAction(e -> editor.edit(RoleEdits::add));
        Button remove = new Button("Remove role");
        remove.setId("remove-role");
        remove.disableProperty().bind(roles.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeRole(roles.getSelectionModel().getSelectedItem().name()));
        VBox.setVgrow(roles, Priority.ALWAYS);
        return new VBox(8, users, roles, new HBox(8, add, remove));
    }

    /** A role that alone may use something stays until those endpoints or channels name another role. */
    private void removeRole(String name) {
        List<String> only = RoleEdits.onlyAllowedBy(project, name);
        if (only.isEmpty()) {
            editor.edit(p -> RoleEdits.remove(p, name));
            return;
        }
        Alert refused = new Alert(Alert.AlertType.INFORMATION, "Only " + name + " may use " + String.join(", ",
                only.subList(0, Math.min(5, only.size()))) + (only.size() > 5 ? " and " + (only.size() - 5)
                + " more" : "") + ". Removing the role would open them to every signed-in user: give them "
                + "another role on the Endpoints or Realtime page first.");
        refused.setHeaderText("Cannot remove " + name + " yet");
        refused.show();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        this.project = project;
        showing = true;
        strategy.setValue(project.auth().strategy());
        showing = false;
        Recommendation recommended = recommend(project.stack());
        recommendation.setText(recommended.text());
        adopt.setText("Use " + label(recommended.strategy()));
        adopt.setVisible(recommended.strategy() != project.auth().strategy());
        adopt.setOnAction(e -> editor.edit(p -> p.withAuth(p.auth().withStrategy(recommended.strategy()))));
        questions.show(project.stack(), 0);
        settings.setText(switch (project.auth().strategy()) {
            case JWT -> "Access tokens " + project.auth().jwt().accessTokenMinutes() + " min, refresh tokens "
                    + project.auth().jwt().refreshTokenDays() + " days, rotated on use, reuse revokes the family.";
            case SESSION -> "Cookie " + project.auth().session().cookieName() + ": HttpOnly, SameSite="
                    + project.auth().session().sameSite() + ", idle " + project.auth().session().idleTimeoutMinutes()
                    + " min, absolute " + project.auth().session().absoluteTimeoutHours() + " h.";
            case OAUTH -> "Provider " + project.auth().oauth().providerName() + ", authorization code + PKCE; a login "
                    + "opens a " + project.auth().oauth().issueAs().name().toLowerCase(java.util.Locale.ROOT) + ".";
            case NONE -> "Every endpoint is public.";
        });
        settingsForm(project);
        usersForm(project);
        Cells.setRows(roles, project.auth().roles());
        matrix.getColumns().clear();
        matrix.getColumns().add(Cells.column("Endpoint", e -> e.method() + " " + e.path(), 260));
        for (Role role : project.auth().roles()) {
            TableColumn<Endpoint, String> column = Cells.column(role.name(), e -> cell(e, role.name()), 80);
            matrix.getColumns().add(column);
        }
        matrix.getColumns().add(Cells.column("anonymous", e -> e.authRequired() ? "" : "✓", 90));
        Cells.setRows(matrix, project.endpoints());
    }

    /** Token or cookie settings as editable fields (Enter commits; a value that is not a number is ignored). */
    private void settingsForm(Project project) {
        form.getChildren().clear();
        AuthStrategy issued = project.auth().strategy() == AuthStrategy.OAUTH ? project.auth().oauth().issueAs()
                : project.auth().strategy();
        if (issued == AuthStrategy.JWT) {
            JwtSettings j = project.auth().jwt();
            number(0, "Access token minutes", "jwt-minutes", j.accessTokenMinutes(), v -> new JwtSettings(v,
                    j.refreshTokenDays(), j.refreshTokens(), j.rotateRefreshTokens(), j.detectReuse(), j.issuer(),
                    j.audience()), null);
            number(1, "Refresh token days", "jwt-days", j.refreshTokenDays(), v -> new JwtSettings(
                    j.accessTokenMinutes(), v, j.refreshTokens(), j.rotateRefreshTokens(), j.detectReuse(), j.issuer(),
                    j.audience()), null);
        } else if (issued == AuthStrategy.SESSION) {
            SessionSettings c = project.auth().session();
            TextField name = new TextField(c.cookieName());
            name.setOnAction(e -> editor.edit(p -> p.withAuth(p.auth().withSession(new SessionSettings(name.getText(),
                    c.sameSite(), c.idleTimeoutMinutes(), c.absoluteTimeoutHours())))));
            ComboBox<String> sameSite = new ComboBox<>(FXCollections.observableArrayList("Lax", "Strict", "None"));
            sameSite.setValue(c.sameSite());
            sameSite.setOnAction(e -> editor.edit(p -> p.withAuth(p.auth().withSession(new SessionSettings(
                    c.cookieName(), sameSite.getValue(), c.idleTimeoutMinutes(), c.absoluteTimeoutHours())))));
            form.addRow(0, new Label("Cookie name"), name, new Label("SameSite"), sameSite);
            number(1, "Idle timeout minutes", "session-idle", c.idleTimeoutMinutes(), null, v -> new SessionSettings(
                    c.cookieName(), c.sameSite(), v, c.absoluteTimeoutHours()));
            number(2, "Absolute timeout hours", "session-absolute", c.absoluteTimeoutHours(), null,
                    v -> new SessionSettings(c.cookieName(), c.sameSite(), c.idleTimeoutMinutes(), v));
        }
        if (project.auth().strategy() == AuthStrategy.OAUTH) {
            int row = form.getRowCount();
            form.add(new Label("OAuth provider (offline, the live server stands in with its own authorization "
                    + "server)"), 0, row, 4, 1);
            oauthForm(row + 1, project.auth().oauth());
        }
    }

    /** The provider the exported app logs in with; the live server stands in for it with its own. Two columns. */
    private void oauthForm(int first, OAuthSettings o) {
        oauthRow(first, 0, "Provider", "oauth-provider", o.providerName(), (x, v) -> x.withProviderName(v.trim()));
        oauthRow(first, 1, "Authorize URL", "oauth-authorize", o.authorizeUrl(),
                (x, v) -> x.withAuthorizeUrl(v.trim()));
        oauthRow(first, 2, "Token URL", "oauth-token", o.tokenUrl(), (x, v) -> x.withTokenUrl(v.trim()));
        oauthRow(first, 3, "User info URL", "oauth-userinfo", o.userInfoUrl(),
                (x, v) -> x.withUserInfoUrl(v.trim()));
        oauthRow(first, 4, "Client id", "oauth-client", o.clientId(), (x, v) -> x.withClientId(v.trim()));
        oauthRow(first, 5, "Scopes (space-separated)", "oauth-scopes", String.join(" ", o.scopes()),
                (x, v) -> x.withScopes(words(v, "\\s+")));
        oauthRow(first, 6, "Redirect URIs (comma-separated)", "oauth-redirects", String.join(", ",
                o.redirectUris()), (x, v) -> x.withRedirectUris(words(v, "\\s*,\\s*")));
        place(first, 7, new Label("A login opens"), Forms.choice("oauth-issue", List.of(AuthStrategy.SESSION,
                AuthStrategy.JWT), o.issueAs(), s -> s == AuthStrategy.JWT ? "JWT access and refresh tokens"
                : "a session (HttpOnly cookie)", v -> oauth(x -> x.withIssueAs(v))));
    }

    private void oauthRow(int first, int index, String label, String id, String value,
                          java.util.function.BiFunction<OAuthSettings, String, OAuthSettings> set) {
        TextField field = Forms.text(id, value, v -> oauth(x -> set.apply(x, v)));
        field.setPrefColumnCount(24);
        place(first, index, new Label(label), field);
    }

    /** The {@code index}th label and field of a two-column form starting at row {@code first}. */
    private void place(int first, int index, Label label, javafx.scene.Node field) {
        form.add(label, index % 2 * 2, first + index / 2);
        form.add(field, index % 2 * 2 + 1, first + index / 2);
    }

    private void oauth(java.util.function.UnaryOperator<OAuthSettings> change) {
        editor.edit(p -> p.withAuth(p.auth().withOauth(change.apply(p.auth().oauth()))));
    }

    private static List<String> words(String text, String separator) {
        return text.isBlank() ? List.of() : List.of(text.trim().split(separator));
    }

    /**
     * Which entity holds the users and which of its fields are the login (unique), the password (stored hashed)
     * and the role; and the role a new user gets.
     */
    private void usersForm(Project p) {
        users.getChildren().clear();
        AuthConfig a = p.auth();
        List<String> entityIds = p.entities().stream().map(Entity::id).toList();
        users.addRow(0, new Label("User entity"), Forms.choice("user-entity", entityIds, a.userEntityId(),
                id -> p.entity(id).map(Entity::name).orElse(id),
                v -> editor.edit(q -> q.withAuth(q.auth().withUser(v, null, null, null)))),
                new Label("New users get"), Forms.choice("default-role", a.roles().stream().map(Role::name).toList(),
                        a.defaultRole(), r -> r, v -> editor.edit(q -> q.withAuth(q.auth().withDefaultRole(v)))));
        Entity user = a.userEntityId() == null ? null : p.entity(a.userEntityId()).orElse(null);
        if (user == null) {
            return;
        }
        List<String> fieldIds = user.fields().stream().map(Field::id).toList();
        java.util.function.Function<String, String> fieldName = id -> user.field(id).map(Field::name).orElse(id);
        users.addRow(1, new Label("Login field"), Forms.choice("login-field", fieldIds, a.loginFieldId(), fieldName,
                v -> editor.edit(q -> q.withAuth(q.auth().withUser(user.id(), v, q.auth().passwordFieldId(),
                        q.auth().roleFieldId())))),
                new Label("Password field"), Forms.choice("password-field", fieldIds, a.passwordFieldId(), fieldName,
                        v -> editor.edit(q -> q.withAuth(q.auth().withUser(user.id(), q.auth().loginFieldId(), v,
                                q.auth().roleFieldId())))),
                new Label("Role field"), Forms.choice("role-field", fieldIds, a.roleFieldId(), fieldName,
                        v -> editor.edit(q -> q.withAuth(q.auth().withUser(user.id(), q.auth().loginFieldId(),
                                q.auth().passwordFieldId(), v)))));
    }

    private void number(int row, String label, String id, int value,
                        java.util.function.IntFunction<JwtSettings> jwt,
                        java.util.function.IntFunction<SessionSettings> session) {
        form.addRow(row, new Label(label), Forms.number(id, value, v -> editor.edit(p -> p.withAuth(jwt != null
                ? p.auth().withJwt(jwt.apply(v)) : p.auth().withSession(session.apply(v))))));
    }

    private static String cell(Endpoint e, String role) {
        if (!e.authRequired()) {
            return "✓";
        }
        if (!e.roles().isEmpty() && !e.roles().contains(role)) {
            return "";
        }
        return e.ownerOnly() && !e.ownerExemptRoles().contains(role) ? "own" : "✓";
    }

    /** What the deciding questions lead to, and why. */
    record Recommendation(AuthStrategy strategy, String reason) {
        String text() {
            return "Recommended: " + label(strategy) + " — " + reason;
        }
    }

    /** The recommendation of ADVISOR.md's deciding questions, with its reason. */
    static Recommendation recommend(StackChoices s) {
        if (s.externalLogin()) {
            return new Recommendation(AuthStrategy.OAUTH, "users log in with their existing provider (authorization "
                    + "code + PKCE); the app then opens its own session or issues tokens.");
        }
        if (s.mobileOrThirdPartyClients() && !s.sameSiteFrontend()) {
            return new Recommendation(AuthStrategy.JWT, "mobile and third-party clients carry bearer tokens; keep "
                    + "access tokens short (15 min) and rotate refresh tokens" + (s.instantRevocation()
                    ? "; since revocation must be instant, keep access tokens very short or check a deny-list."
                    : "."));
        }
        return new Recommendation(AuthStrategy.SESSION, "a same-site front end gets HttpOnly cookies that scripts "
                + "cannot read, and revocation is instant (delete the session).");
    }

    static String label(AuthStrategy strategy) {
        return switch (strategy) {
            case JWT -> "JWT";
            case SESSION -> "Sessions";
            case OAUTH -> "OAuth";
            case NONE -> "None (public API)";
        };
    }
}
