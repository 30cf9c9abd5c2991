package dev.stackbench.app.ui.pages;

import dev.stackbench.model.StackChoices;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The deciding questions of ADVISOR.md about clients and login, each with its one line of guidance. The
 * requirements page and the auth page ask the same questions through this one form, so an answer given on either
 * is the same edit.
 */
final class DecidingQuestions {
    private record Question(String text, Predicate<StackChoices> answer, BiFunction<StackChoices, Boolean,
            StackChoices> set, String guidance) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("Same-site web front end", StackChoices::sameSiteFrontend, StackChoices::withSameSiteFrontend,
                    "Same-site browsers are best served by HttpOnly session cookies: nothing for scripts to steal."),
            new Question("Mobile apps or third-party clients", StackChoices::mobileOrThirdPartyClients,
                    StackChoices::withMobileOrThirdPartyClients,
                    "Clients that cannot hold cookies want short-lived bearer tokens with rotating refresh tokens."),
            new Question("Login with an external provider", StackChoices::externalLogin,
                    StackChoices::withExternalLogin,
                    "Google, GitHub or a company IdP: OAuth authorization code with PKCE, never the implicit flow."),
            new Question("Sessions must be revocable at once", StackChoices::instantRevocation,
                    StackChoices::withInstantRevocation,
                    "A JWT lives until it expires; server-side sessions end the moment you delete them."));

    private final GridPane grid = new GridPane();
    private final Editor editor;

    DecidingQuestions(Editor editor, double questionWidth) {
        this.editor = editor;
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints guidance = new ColumnConstraints();
        guidance.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(questionWidth), guidance);
    }

    GridPane view() {
        return grid;
    }

    /** Redraws the answers of {@code stack}; {@code first} is the grid row the questions start at. */
    void show(StackChoices stack, int first) {
        grid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) >= first);
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Question q = QUESTIONS.get(i);
            CheckBox box = new CheckBox(q.text());
            box.setSelected(q.answer().test(stack));
            box.setOnAction(e -> editor.edit(p -> p.withStack(q.set().apply(p.stack(), box.isSelected()))));
            grid.addRow(first + i, box, Forms.hint(q.guidance()));
        }
    }
}
