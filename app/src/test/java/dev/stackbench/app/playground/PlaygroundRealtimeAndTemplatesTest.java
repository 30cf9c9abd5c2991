package dev.stackbench.app.playground;

import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.template.Templates;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        robot.interact(() -> new PlaygroundWindow(live.session, new Stage()).show());
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
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(robot, console).equals("Open"));
            robot.clickOn(button(robot, console, "Join"));
        }
        robot.interact(() -> first.getTabPane().getSelectionModel().select(first));
        robot.clickOn(robot.from(first.getContent()).lookup(".text-field").match(n -> ((TextField) n)
                .getPromptText().startsWith("Text")).<Node>query()).write("hello from console one");
        robot.clickOn(button(robot, first, "Send"));
        TableView<WebSocketViewModel.WsRow> log = robot.from(second.getContent()).lookup(".table-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.getItems().stream()
                .anyMatch(r -> r.direction().equals("←") && r.text().contains("hello from console one")));
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
                .isEqualTo("Logged in as " + seed.login());
    }

    private static Tab tab(FxRobot robot, String title) {
        TabPane tabs = robot.lookup("#playground-tabs").query();
        return tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
    }

    private static Node button(FxRobot robot, Tab tab, String text) {
        return robot.from(tab.getContent()).lookup(".button").match(n -> ((javafx.scene.control.Button) n)
                .getText().equals(text)).query();
    }

    private static String state(FxRobot robot, Tab tab) {
        return robot.from(tab.getContent()).lookup(".label").match(n -> {
            String text = ((Label) n).getText();
            return text != null && (text.startsWith("Open") || text.startsWith("Refused") || text.startsWith("Closed")
                    || text.startsWith("Connecting") || text.startsWith("Disconnected") || text.startsWith("Error"));
        }).queryAs(Label.class).getText();
    }
}
