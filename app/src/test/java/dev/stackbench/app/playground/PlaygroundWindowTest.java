package dev.stackbench.app.playground;

import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static dev.stackbench.app.playground.PlaygroundRobot.waitForStatus;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PlaygroundWindowTest {
    private LivePlayground live;

    @Start
    void start(Stage stage) {
        live = new LivePlayground(Templates.load("blog"));
        new PlaygroundWindow(live.session, stage).show();
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void listing_posts_shows_the_paginated_envelope(FxRobot robot) throws Exception {
        PlaygroundRobot.endpoint(robot, "GET  /api/posts");
        robot.clickOn("#send");
        waitForStatus(robot, "200");
        String body = live.session.http().responseBodyProperty().get();
        assertThat(body).contains("\"success\" : true").contains("\"total\"").contains("\"page\" : 1");
    }

    @Test
    void creating_a_post_without_a_title_shows_the_field_error(FxRobot robot) throws Exception {
        logInAs(robot, "author");
        PlaygroundRobot.endpoint(robot, "POST  /api/posts");
        robot.clickOn("#request-body").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("{\"body\": \"No title here\"}");
        robot.clickOn("#send");
        waitForStatus(robot, "422");
        ListView<String> errors = robot.lookup("#field-errors").queryListView();
        assertThat(errors.getItems()).contains("title — is required");
    }

    @Test
    void a_logged_in_author_can_call_a_protected_endpoint_and_a_stranger_cannot(FxRobot robot) throws Exception {
        PlaygroundRobot.endpoint(robot, "POST  /api/posts");
        robot.clickOn("#send");
        waitForStatus(robot, "401");
        logInAs(robot, "author");
        PlaygroundRobot.endpoint(robot, "GET  /api/posts");
        PlaygroundRobot.endpoint(robot, "POST  /api/posts");
        robot.clickOn("#send");
        waitForStatus(robot, "201");
    }

    @Test
    void the_sse_viewer_shows_the_event_of_a_row_created_in_the_request_editor(FxRobot robot) throws Exception {
        robot.clickOn("SSE");
        robot.clickOn("#sse-connect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Open".equals(robot.lookup("#sse-state").queryAs(Label.class).getText()));
        robot.clickOn("HTTP");
        logInAs(robot, "author");
        PlaygroundRobot.endpoint(robot, "POST  /api/posts");
        robot.clickOn("#send");
        waitForStatus(robot, "201");
        robot.clickOn("SSE");
        TableView<SseViewModel.SseRow> table = robot.lookup("#sse-events").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.event().equals("created") && r.data().contains("\"posts\"")));
    }

    @Test
    void copy_as_curl_gives_a_command_that_curl_runs_with_the_same_status(FxRobot robot) throws Exception {
        PlaygroundRobot.endpoint(robot, "GET  /api/posts/{id}");
        robot.clickOn("#send");
        waitForStatus(robot, "200");
        robot.clickOn("#copy-curl");
        String[] command = new String[1];
        robot.interact(() -> command[0] = Clipboard.getSystemClipboard().getString());
        assertThat(command[0]).startsWith("curl ");
        Process curl = new ProcessBuilder("sh", "-c", command[0] + " -o /dev/null -w '%{http_code}'")
                .redirectErrorStream(true).start();
        assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()).isEqualTo("200");
    }

    @Test
    void the_traffic_view_shows_requests_made_by_other_tools(FxRobot robot) throws Exception {
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(live.server.url() + "/api/tags?sort=name")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        robot.clickOn("Traffic");
        TableView<TrafficViewModel.TrafficRow> table = robot.lookup("#traffic").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.path().startsWith("/api/tags") && r.status() == 200));
    }

    private void logInAs(FxRobot robot, String role) throws Exception {
        SeedLogin seed = live.seed(role);
        robot.interact(() -> robot.lookup("#seed-user").<javafx.scene.control.ComboBox<SeedLogin>>query()
                .setValue(seed));
        robot.clickOn("#login");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auth-state").queryAs(Label.class)
                .getText().equals("Logged in: " + seed));
    }

}
