package dev.stackbench.app.ui.pages;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.JwtSettings;
import dev.stackbench.model.SessionSettings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Auth: the strategy with the recommendation the deciding questions lead to (and why), token and cookie settings,
 * and the roles × endpoints matrix: who may call what.
 */
public final class AuthPage implements Page {
    private final Editor editor;
    private final ComboBox<AuthStrategy> strategy = new ComboBox<>(FXCollections.observableArrayList(AuthStrategy.values()));
    private final Label recommendation = new Label();
    private final Label settings = new Label();
    private final javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
    private final TableView<Endpoint> matrix = new TableView<>();
    private final VBox root;
    private boolean showing;

    public AuthPage(Editor editor) {
        this.editor = editor;
        strategy.setId("auth-strategy");
        strategy.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                editor.edit(p -> p.withAuth(p.auth().withStrategy(now)));
            }
        });
        recommendation.setWrapText(true);
        settings.setWrapText(true);
        matrix.setId("roles-matrix");
        Label title = Cells.title("Auth");
        VBox.setVgrow(matrix, Priority.ALWAYS);
        form.setHgap(8);
        form.setVgap(6);
        root = new VBox(8, title, new HBox(8, new Label("Strategy"), strategy), recommendation, settings, form,
                new Label("Roles × endpoints (✓ may call; own = only their own rows)"), matrix);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        showing = true;
        strategy.setValue(project.auth().strategy());
        showing = false;
        recommendation.setText(recommend(project.stack()));
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
    }

    private void number(int row, String label, String id, int value,
                        java.util.function.IntFunction<JwtSettings> jwt,
                        java.util.function.IntFunction<SessionSettings> session) {
        TextField field = new TextField(Integer.toString(value));
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setOnAction(e -> {
            try {
                int v = Integer.parseInt(field.getText().trim());
                if (v > 0) {
                    editor.edit(p -> p.withAuth(jwt != null ? p.auth().withJwt(jwt.apply(v))
                            : p.auth().withSession(session.apply(v))));
                }
            } catch (NumberFormatException ignored) {
                field.setText(Integer.toString(value));
            }
        });
        form.addRow(row, new Label(label), field);
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

    /** The recommendation of ADVISOR.md's deciding questions, with its reason. */
    static String recommend(StackChoices s) {
        if (s.externalLogin()) {
            return "Recommended: OAuth (authorization code + PKCE) — users log in with their existing provider; "
                    + "the app then opens its own session or issues tokens.";
        }
        if (s.mobileOrThirdPartyClients() && !s.sameSiteFrontend()) {
            return "Recommended: JWT — mobile and third-party clients carry bearer tokens; keep access tokens short "
                    + "(15 min) and rotate refresh tokens" + (s.instantRevocation()
                    ? "; since revocation must be instant, keep access tokens very short or check a deny-list." : ".");
        }
        return "Recommended: sessions — a same-site front end gets HttpOnly cookies that scripts cannot read, and "
                + "revocation is instant (delete the session).";
    }
}
