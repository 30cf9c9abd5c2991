package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.Credentials;
import dev.stackbench.app.playground.JwtClaims;
import dev.stackbench.model.AuthStrategy;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The right-hand credentials panel: who is logged in and how, when the token expires and how many minutes are
 * left (re-read every 15 seconds), the decoded claims as name and value, and the session cookies with their flags.
 */
final class CredentialsPanel extends ScrollPane {
    static final double WIDTH = 270;

    private final VBox content = new VBox(6);
    private Credentials shown;

    CredentialsPanel(ObservableValue<Credentials> credentials) {
        setId("credentials");
        getStyleClass().add("credentials");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        content.getStyleClass().add("credentials-content");
        setContent(content);
        show(credentials.getValue());
        credentials.addListener((obs, old, now) -> show(now));
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(15), e -> show(shown)));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    private void show(Credentials c) {
        shown = c;
        content.getChildren().setAll(title("Credentials"));
        if (!c.loggedIn()) {
            content.getChildren().addAll(line("Not logged in", "muted"),
                    line(strategy(c.strategy()), "muted"),
                    line("Pick a seed user under “Log in as” and press Log in.", "muted"));
            return;
        }
        content.getChildren().addAll(line(c.user().login(), "credential-who"), line("role " + c.user().role(), "muted"),
                line(strategy(c.strategy()), "credential-strategy"));
        if (c.expires() != null) {
            long left = c.minutesLeft(Instant.now());
            content.getChildren().addAll(
                    line("Expires " + JwtClaims.TIME.format(c.expires().atZone(ZoneId.systemDefault())), "muted"),
                    line(left == 0 ? "Expired or under a minute left" : left + " min left",
                            left == 0 ? "credential-expired" : "credential-expiry"));
        }
        if (!c.claims().isEmpty()) {
            content.getChildren().addAll(title("Claims"), claims(c));
        }
        if (!c.cookies().isEmpty()) {
            content.getChildren().add(title("Cookie jar"));
            c.cookies().forEach(cookie -> content.getChildren().addAll(line(cookie.name(), "credential-cookie"),
                    line(String.join(" · ", cookie.flags()), "muted")));
        }
    }

    private static GridPane claims(Credentials c) {
        GridPane grid = new GridPane();
        grid.setId("claims");
        grid.setHgap(8);
        grid.setVgap(2);
        int row = 0;
        for (Credentials.Claim claim : c.claims()) {
            Label name = line(claim.name(), "claim-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label value = line(claim.value(), "claim-value");
            // A fixed width lets long values (ids, times) wrap inside the panel instead of widening it.
            value.setPrefWidth(WIDTH - 110);
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private static String strategy(AuthStrategy strategy) {
        return switch (strategy) {
            case JWT -> "JWT bearer token";
            case SESSION -> "Session cookie";
            case OAUTH -> "OAuth (authorization code + PKCE)";
            case NONE -> "No authentication in this model";
        };
    }

    private static Label title(String text) {
        return line(text, "section-title");
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
