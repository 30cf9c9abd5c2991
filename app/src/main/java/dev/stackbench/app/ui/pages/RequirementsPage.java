package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Feature;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Requirements: the features (title, description, priority, acceptance criteria, what serves them) and the
 * deciding questions about clients and login, each with the one line of guidance the advisor teaches.
 */
public final class RequirementsPage implements Page {
    private final Editor editor;
    private final TableView<Feature> features = new TableView<>();
    private final GridPane questions = new GridPane();
    private final VBox root;

    public RequirementsPage(Editor editor) {
        this.editor = editor;
        features.setId("feature-table");
        features.setEditable(true);
        features.getColumns().add(Cells.text("Title", Feature::title, 200, (f, v) -> change(f, x -> withTitle(x, v))));
        features.getColumns().add(Cells.text("Description", Feature::description, 260,
                (f, v) -> change(f, x -> new Feature(x.id(), x.title(), v, x.priority(), x.acceptanceCriteria(),
                        x.entityIds(), x.endpointIds()))));
        features.getColumns().add(Cells.text("Priority", f -> f.priority().name().toLowerCase(java.util.Locale.ROOT),
                80, (f, v) -> change(f, x -> new Feature(x.id(), x.title(), x.description(), priority(v, x),
                        x.acceptanceCriteria(), x.entityIds(), x.endpointIds()))));
        features.getColumns().add(Cells.text("Acceptance criteria (one per ;)", f -> String.join("; ",
                f.acceptanceCriteria()), 360, (f, v) -> change(f, x -> new Feature(x.id(), x.title(), x.description(),
                x.priority(), List.of(v.split("\\s*;\\s*")).stream().filter(s -> !s.isBlank()).toList(),
                x.entityIds(), x.endpointIds()))));
        features.getColumns().add(Cells.column("Served by", f -> f.entityIds().size() + " entities, "
                + f.endpointIds().size() + " endpoints", 140));
        Button add = new Button("Add feature");
        add.setOnAction(e -> editor.edit(p -> p.withFeatures(Lists.plus(p.features(), new Feature(Ids.next("ft"),
                "New feature", "", Feature.Priority.SHOULD, List.of(), List.of(), List.of())))));
        questions.setHgap(12);
        questions.setVgap(6);
        Label title = Cells.title("Requirements");
        VBox.setVgrow(features, Priority.ALWAYS);
        root = new VBox(8, title, new Label("Features"), features, new HBox(8, add), new Label("Stack and deciding "
                + "questions"), questions);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        Cells.setRows(features, project.features());
        questions.getChildren().clear();
        StackChoices s = project.stack();
        questions.addRow(0, new Label("Target stack"), new Label(s.target() + " · " + s.database() + " · cache "
                + s.cache()), hint("Java + Javalin + PostgreSQL is exported today; Redis lets instances share state."));
        question(1, "Same-site web front end", s.sameSiteFrontend(),
                (c, v) -> new StackChoices(c.target(), c.database(), c.cache(), v, c.mobileOrThirdPartyClients(),
                        c.externalLogin(), c.instantRevocation(), c.serverRendered()),
                "Same-site browsers are best served by HttpOnly session cookies: nothing for scripts to steal.");
        question(2, "Mobile apps or third-party clients", s.mobileOrThirdPartyClients(),
                (c, v) -> new StackChoices(c.target(), c.database(), c.cache(),
                        c.sameSiteFrontend(), v, c.externalLogin(), c.instantRevocation(), c.serverRendered()),
                "Clients that cannot hold cookies want short-lived bearer tokens with rotating refresh tokens.");
        question(3, "Login with an external provider", s.externalLogin(),
                (c, v) -> new StackChoices(c.target(), c.database(), c.cache(), c.sameSiteFrontend(),
                        c.mobileOrThirdPartyClients(), v, c.instantRevocation(), c.serverRendered()),
                "Google, GitHub or a company IdP: OAuth authorization code with PKCE, never the implicit flow.");
        question(4, "Sessions must be revocable at once", s.instantRevocation(),
                (c, v) -> new StackChoices(c.target(), c.database(), c.cache(), c.sameSiteFrontend(),
                        c.mobileOrThirdPartyClients(), c.externalLogin(), v, c.serverRendered()),
                "A JWT lives until it expires; server-side sessions end the moment you delete them.");
    }

    private void question(int row, String text, boolean value, BiFunction<StackChoices, Boolean, StackChoices> set,
                          String guidance) {
        CheckBox box = new CheckBox(text);
        box.setSelected(value);
        box.setOnAction(e -> editor.edit(p -> p.withStack(set.apply(p.stack(), box.isSelected()))));
        questions.addRow(row, box, new Label(""), hint(guidance));
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: -fx-mid-text-color; -fx-font-size: 11px;");
        return label;
    }

    private void change(Feature feature, java.util.function.UnaryOperator<Feature> edit) {
        if (feature != null) {
            editor.edit(p -> p.withFeatures(Lists.replace(p.features(), f -> f.id().equals(feature.id()), edit)));
        }
    }

    private static Feature withTitle(Feature f, String title) {
        return title.isBlank() ? f : new Feature(f.id(), title.trim(), f.description(), f.priority(),
                f.acceptanceCriteria(), f.entityIds(), f.endpointIds());
    }

    private static Feature.Priority priority(String text, Feature f) {
        try {
            return Feature.Priority.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return f.priority();
        }
    }
}
