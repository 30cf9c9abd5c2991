package dev.stackbench.app.playground;

import dev.stackbench.model.Playground;
import dev.stackbench.model.template.Templates;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static dev.stackbench.app.playground.PlaygroundRobot.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Save… from each tab lands in the model's collections, is listed in the sidebar, reopens where it runs. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundCollectionsTest {
    private LivePlayground live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void open(FxRobot robot, String template) {
        live = new LivePlayground(Templates.load(template));
        live.openWindow(robot);
    }

    @Test
    void a_saved_http_request_is_listed_reopens_into_the_editor_and_answers_the_same(FxRobot robot) throws Exception {
        open(robot, "blog");
        SeedLogin admin = live.seed("admin");
        robot.interact(() -> live.session.auth().loginAs(admin));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.session.auth().credentialsProperty().get().loggedIn());
        // A PUT answers the same when sent again (a second create would clash on the unique slug).
        PlaygroundRobot.endpoint(robot, "PUT  /api/posts/{id}");
        robot.clickOn("#send");
        waitForStatus(robot, "200");
        RequestSpec sent = live.session.http().composed();
        saveInto(robot, "#save-request", "Blog");

        assertThat(live.model.playground().collections()).extracting(Playground.RequestCollection::name)
                .containsExactly("Blog");
        robot.clickOn("Collections");
        Playground.SavedRequest saved = savedRequest(robot, "Blog", "PUT " + sent.url().replace("{{baseUrl}}", ""));
        assertThat(saved.kind()).isEqualTo(Playground.SavedRequest.Kind.HTTP);

        robot.clickOn("Endpoints");
        PlaygroundRobot.endpoint(robot, "GET  /api/tags");
        assertThat(live.session.http().methodProperty().get()).isEqualTo("GET");
        robot.clickOn("Collections");
        robot.doubleClickOn(saved.name());
        RequestSpec reopened = live.session.http().composed();
        assertThat(reopened.method()).isEqualTo("PUT");
        assertThat(reopened.url()).isEqualTo(sent.url());
        assertThat(reopened.headers()).isEqualTo(sent.headers());
        assertThat(reopened.body()).isEqualTo(sent.body());
        int sentBefore = live.session.http().history().size();
        robot.clickOn("#send");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.session.http().history().size() > sentBefore);
        waitForStatus(robot, "200");
    }

    @Test
    void a_saved_websocket_request_reopens_in_a_new_console_with_its_frames_ready_to_resend(FxRobot robot)
            throws Exception {
        open(robot, "chat");
        Tab first = tab(robot, "WebSocket 1");
        connectAs(robot, first, "member@example.com (member)");
        waitUntilOpen(robot, first);
        robot.clickOn(button(robot, first, "Join"));
        saveInto(robot, ".ws-save", "Chat");

        robot.clickOn("Collections");
        robot.doubleClickOn("WebSocket chat");
        Tab second = tab(robot, "WebSocket 2");
        assertThat(second.isSelected()).isTrue();
        Node resend = robot.from(second.getContent()).lookup(".ws-send-prepared").query();
        assertThat(resend.isVisible()).isTrue();
        connectAs(robot, second, "moderator@example.com (moderator)");
        waitUntilOpen(robot, second);
        robot.clickOn(resend);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> logged(robot, second, "→", "\"join\""));
    }

    @Test
    void a_saved_sse_request_reopens_on_its_channel_and_a_deleted_one_leaves_the_model(FxRobot robot)
            throws Exception {
        open(robot, "blog");
        robot.clickOn("SSE");
        saveInto(robot, "#sse-save", "Streams");
        robot.interact(() -> live.session.sse().channelProperty().set(""));
        robot.clickOn("HTTP");
        robot.clickOn("Collections");
        robot.doubleClickOn("SSE activity");
        assertThat(live.session.sse().channelProperty().get()).isEqualTo("activity");
        TabPane tabs = robot.lookup("#playground-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("SSE");

        robot.clickOn("SSE activity");
        robot.clickOn("#collection-delete");
        assertThat(live.model.playground().collections()).isEmpty();
        TreeView<Object> tree = robot.lookup("#collections").query();
        assertThat(tree.getRoot().getChildren()).isEmpty();
    }

    /** Presses a Save… button and answers its dialog with the collection's name. */
    private static void saveInto(FxRobot robot, String saveButton, String collection) {
        robot.clickOn(robot.lookup(saveButton).match(Node::isVisible).<Node>query());
        robot.clickOn(robot.lookup(".dialog-pane .text-field").<Node>query());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(collection).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Playground.SavedRequest savedRequest(FxRobot robot, String collection, String name) {
        TreeView<Object> tree = robot.lookup("#collections").query();
        TreeItem<Object> group = tree.getRoot().getChildren().stream()
                .filter(c -> c.getValue().equals(collection)).findFirst().orElseThrow();
        return group.getChildren().stream().map(TreeItem::getValue).map(Playground.SavedRequest.class::cast)
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }




}
