package dev.stackbench.app.playground;

import dev.stackbench.model.template.Templates;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The credentials panel reads like a person would want it, and nothing in the window is cut off at 1280x800. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundCredentialsTest {
    private LivePlayground live;
    private Stage stage;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void open(FxRobot robot, String template) {
        live = new LivePlayground(Templates.load(template));
        stage = live.openWindow(robot);
    }

    @Test
    void a_jwt_login_shows_who_the_strategy_the_expiry_and_the_claims(FxRobot robot) throws Exception {
        open(robot, "blog");
        SeedLogin author = logInThroughTheBar(robot, "author");
        assertThat(robot.lookup("#auth-state").queryAs(Label.class).getText())
                .isEqualTo("Logged in: author@example.com (author)");
        assertThat(panelText(robot)).contains("author@example.com", "role author", "JWT bearer token");
        assertThat(panelText(robot)).anyMatch(t -> t.matches("Expires \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"))
                .anyMatch(t -> t.matches("1[45] min left"));
        List<String> claims = robot.from(robot.lookup("#claims").<Node>query()).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(claims).contains("sub", "roles", "author", "exp");
        assertThat(claims).anyMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));

        SeedLogin reader = live.seed("reader");
        robot.interact(() -> robot.lookup("#seed-user").<ComboBox<SeedLogin>>query().setValue(reader));
        robot.interact(() -> live.session.auth().loginAs(author));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> author.equals(robot.lookup("#seed-user").<ComboBox<SeedLogin>>query().getValue()));
    }

    @Test
    void a_session_login_shows_the_cookie_jar_with_its_flags(FxRobot robot) throws Exception {
        open(robot, "chat");
        logInThroughTheBar(robot, "member");
        assertThat(panelText(robot)).contains("member@example.com", "Session cookie", "chat_session");
        assertThat(panelText(robot)).anyMatch(t -> t.contains("HttpOnly") && t.contains("SameSite=Lax"));
    }

    @Test
    void nothing_is_clipped_at_1280_by_800_on_any_tab(FxRobot robot) throws Exception {
        open(robot, "blog");
        logInThroughTheBar(robot, "author");
        robot.interact(() -> {
            live.session.sse().channelProperty().set("activity");
            live.session.sse().connect();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Open".equals(robot.lookup("#sse-state").queryAs(Label.class).getText()));
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        TabPane tabs = robot.lookup("#playground-tabs").query();
        TabPane sidebar = robot.lookup("#sidebar").query();
        for (Tab side : sidebar.getTabs()) {
            for (Tab tab : tabs.getTabs()) {
                robot.interact(() -> {
                    sidebar.getSelectionModel().select(side);
                    tabs.getSelectionModel().select(tab);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(Clipping.in(stage.getScene().getRoot())).as(side.getText() + " / " + tab.getText())
                        .isEmpty();
            }
        }
    }

    private SeedLogin logInThroughTheBar(FxRobot robot, String role) throws Exception {
        SeedLogin seed = live.seed(role);
        robot.interact(() -> robot.lookup("#seed-user").<ComboBox<SeedLogin>>query().setValue(seed));
        robot.clickOn("#login");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.session.auth().credentialsProperty().get()
                .loggedIn());
        WaitForAsyncUtils.waitForFxEvents();
        return seed;
    }

    private static List<String> panelText(FxRobot robot) {
        return robot.from(robot.lookup("#credentials").<Node>query()).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
    }
}
