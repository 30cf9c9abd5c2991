package dev.stackbench.app.playground;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.stackbench.app.playground.PlaygroundRobot.*;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PlaygroundRealtimeAndTemplatesTest {
    private LivePlayground live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void open(FxRobot robot, String template) throws Exception {
        live = new LivePlayground(Templates.load(template));
        live.openWindow(robot);
    }

    @Test
    void two_websocket_consoles_in_one_room_see_each_others_messages(FxRobot robot) throws Exception {
        open(robot, "chat");
        logInAs(robot, "member");
        robot.clickOn("Another WebSocket console");
        Tab first = tab(robot, "WebSocket 1");
        Tab second = tab(robot, "WebSocket 2");
        for (Tab console : List.of(first, second)) {
            robot.interact(() -> console.getTabPane().getSelectionModel().select(console));
            robot.clickOn(button(robot, console, "Connect"));
            waitUntilOpen(robot, console);
            robot.clickOn(button(robot, console, "Join"));
        }
        say(robot, first, "hello from console one");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> logged(robot, second, "←", "hello from console one"));
    }

    /** Journey 2: two users in one room from two consoles, a third without login refused; the playground stays logged out. */
    @Test
    void consoles_connect_as_their_own_seed_users_and_an_anonymous_one_is_refused(FxRobot robot) throws Exception {
        open(robot, "chat");
        robot.clickOn("Another WebSocket console");
        robot.clickOn("Another WebSocket console");
        Tab member = tab(robot, "WebSocket 1");
        Tab moderator = tab(robot, "WebSocket 2");
        Tab stranger = tab(robot, "WebSocket 3");
        connectAs(robot, member, "member@example.com (member)");
        connectAs(robot, moderator, "moderator@example.com (moderator)");
        for (Tab console : List.of(member, moderator)) {
            waitUntilOpen(robot, console);
            robot.interact(() -> console.getTabPane().getSelectionModel().select(console));
            robot.clickOn(button(robot, console, "Join"));
        }
        say(robot, member, "hello from the member");
        say(robot, moderator, "hello from the moderator");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> logged(robot, moderator, "←", "hello from the member"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> logged(robot, member, "←", "hello from the moderator"));
        connectAs(robot, stranger, "anonymous");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(robot, stranger).startsWith("Refused"));
        assertThat(state(robot, stranger)).isEqualTo("Refused: HTTP 401");
        assertThat(robot.from(stranger.getContent()).lookup(".ws-state").queryAs(Label.class).getStyleClass())
                .contains("badge-refused");
        assertThat(live.session.auth().credentialsProperty().get().loggedIn()).isFalse();
    }




    @Test
    void a_websocket_console_without_a_login_is_refused(FxRobot robot) throws Exception {
        open(robot, "chat");
        Tab console = tab(robot, "WebSocket 1");
        robot.interact(() -> console.getTabPane().getSelectionModel().select(console));
        robot.clickOn(button(robot, console, "Connect"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(robot, console).startsWith("Refused"));
    }

    @Test
    void every_endpoint_of_every_template_answers_without_a_server_error(FxRobot robot) throws Exception {
        for (String template : List.of("blog", "chat", "dashboard", "saas")) {
            open(robot, template);
            logInAs(robot, "admin");
            TreeView<Object> tree = robot.lookup("#endpoint-tree").query();
            List<String> failures = new ArrayList<>();
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : group.getChildren()) {
                    robot.interact(() -> tree.getSelectionModel().select(item));
                    HttpResult[] result = new HttpResult[1];
                    robot.interact(() -> live.session.http().send().thenAccept(r -> result[0] = r));
                    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> result[0] != null);
                    if (result[0].error() != null || result[0].status() >= 500) {
                        Endpoint e = (Endpoint) item.getValue();
                        failures.add(template + " " + e.method() + " " + e.path() + " -> " + result[0].status()
                                + " " + result[0].body() + result[0].error());
                    }
                }
            }
            assertThat(failures).as(template).isEmpty();
            live.close();
            live = null;
        }
    }

    private void logInAs(FxRobot robot, String role) throws Exception {
        SeedLogin seed = live.seed(role);
        HttpResult[] result = new HttpResult[1];
        robot.interact(() -> live.session.auth().loginAs(seed).thenAccept(r -> result[0] = r));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> result[0] != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(live.session.auth().stateProperty().get()).as(result[0].status() + " " + result[0].body())
                .isEqualTo("Logged in: " + seed);
    }



}
