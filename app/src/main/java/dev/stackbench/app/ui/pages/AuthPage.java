package dev.stackbench.app.ui.pages;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.StackChoices;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
        root = new VBox(8, title, new HBox(8, new Label("Strategy"), strategy), recommendation, settings,
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
        matrix.getColumns().clear();
        matrix.getColumns().add(Cells.column("Endpoint", e -> e.method() + " " + e.path(), 260));
        for (Role role : project.auth().roles()) {
            TableColumn<Endpoint, String> column = Cells.column(role.name(), e -> cell(e, role.name()), 80);
            matrix.getColumns().add(column);
        }
        matrix.getColumns().add(Cells.column("anonymous", e -> e.authRequired() ? "" : "✓", 90));
        Cells.setRows(matrix, project.endpoints());
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
