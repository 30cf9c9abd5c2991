package dev.stackbench.app.playground;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** How the playground tests find and drive the window's tabs, WebSocket consoles and response status. */
final class PlaygroundRobot {
    private PlaygroundRobot() {
    }

    static Tab tab(FxRobot robot, String title) {
        TabPane tabs = robot.lookup("#playground-tabs").query();
        return tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
    }

    /** Clicks the endpoint tree's row for {@code label} ("POST  /api/posts"): its method badge, then its path. */
    static void endpoint(FxRobot robot, String label) {
        robot.clickOn(robot.lookup("#endpoint-tree .tree-cell").match(c -> ((TreeCell<?>) c).getItem()
                instanceof dev.stackbench.model.Endpoint e && label.equals(e.method() + "  " + e.path()))
                .<Node>query());
    }

    static Node button(FxRobot robot, Tab tab, String text) {
        return robot.from(tab.getContent()).lookup(".button").match(n -> ((Button) n).getText().equals(text)).query();
    }

    /** The text of a console's connection badge. */
    static String state(FxRobot robot, Tab console) {
        return robot.from(console.getContent()).lookup(".ws-state").queryAs(Label.class).getText();
    }

    /** Picks whom the console connects as ("anonymous", "member@example.com (member)", ...) and connects. */
    static void connectAs(FxRobot robot, Tab console, String who) {
        robot.interact(() -> console.getTabPane().getSelectionModel().select(console));
        ComboBox<ConnectAs> as = robot.from(console.getContent()).lookup(".ws-connect-as").query();
        robot.interact(() -> as.setValue(as.getItems().stream().filter(c -> c.label().equals(who)).findFirst()
                .orElseThrow()));
        robot.clickOn(button(robot, console, "Connect"));
    }

    static void waitUntilOpen(FxRobot robot, Tab console) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(robot, console).equals("Open"));
    }

    static void say(FxRobot robot, Tab console, String text) {
        robot.interact(() -> console.getTabPane().getSelectionModel().select(console));
        robot.clickOn(robot.from(console.getContent()).lookup(".text-field").match(n -> ((TextField) n)
                .getPromptText().startsWith("Text")).<Node>query()).write(text);
        robot.clickOn(button(robot, console, "Send"));
    }

    /** Whether the console logged a frame in {@code direction} ("→" sent, "←" received) containing {@code text}. */
    static boolean logged(FxRobot robot, Tab console, String direction, String text) {
        TableView<WebSocketViewModel.WsRow> log = robot.from(console.getContent()).lookup(".table-view").query();
        return log.getItems().stream().anyMatch(r -> r.direction().equals(direction) && r.text().contains(text));
    }

    static void waitForStatus(FxRobot robot, String status) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith(status));
    }
}
