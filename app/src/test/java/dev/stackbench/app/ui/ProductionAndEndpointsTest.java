package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.checklist.ItemResult;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production settings page, custom endpoints and the problems panel's "why", driven as a user would: what is
 * edited here reaches the model, the advisor, the checklist and the running live server.
 */
@ExtendWith(ApplicationExtension.class)
class ProductionAndEndpointsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, new ProjectDocument(Templates.load("blog"), null),
                new RecoveryStore(Files.createTempDirectory("production-page")));
        window.show();
    }

    private Project project() {
        return window.document().project();
    }

    @Test
    void cors_origins_and_a_renamed_rate_limit_class_reach_every_endpoint_that_names_it(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Production", "Production settings");
        robot.doubleClickOn("#cors-origins").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("https://app.example.com, https://admin.example.com").type(KeyCode.ENTER);
        assertThat(project().production().corsOrigins())
                .containsExactly("https://app.example.com", "https://admin.example.com");
        robot.clickOn("Rate limits");
        TableView<?> limits = robot.lookup("#rate-limit-table").queryTableView();
        int write = rowOf(limits, "write");
        ui.type(limits, write, "Class", "writes");
        assertThat(project().endpoints()).anyMatch(e -> "writes".equals(e.rateLimitClass()))
                .noneMatch(e -> "write".equals(e.rateLimitClass()));
        ui.type(limits, write, "Requests", "25");
        assertThat(project().production().rateLimit("writes").orElseThrow().capacity()).isEqualTo(25);
        ui.pick("#auth-limit", "no limit");
        assertThat(project().production().authRateLimit()).isNull();
        TableView<?> problems = robot.lookup("#problems").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).anyMatch(f -> ((dev.stackbench.model.advisor.Finding) f).ruleId()
                .equals("AUTH-9"));
    }

    @Test
    void an_open_checklist_item_leads_to_the_setting_that_closes_it(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Production", "Production settings");
        robot.clickOn("Operations");
        robot.clickOn("#metrics");
        assertThat(project().production().metrics()).isFalse();
        ui.openPage("Production checklist");
        TableView<ItemResult> items = robot.lookup("#checklist-table").queryTableView();
        int metrics = 0;
        while (!"Metrics".equals(items.getItems().get(metrics).item().title())) {
            metrics++;
        }
        assertThat(items.getItems().get(metrics).done()).isFalse();
        int row = metrics;
        robot.interact(() -> items.scrollTo(row));
        robot.doubleClickOn(robot.from(items).lookup(".table-row-cell").match(r -> ((TableRow<?>) r).getIndex() == row)
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#production-tabs").tryQuery()).isPresent();
    }

    @Test
    void a_custom_endpoint_added_in_the_table_answers_live_with_its_example(FxRobot robot) throws Exception {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Implementation", "Endpoints");
        robot.clickOn("#add-custom-endpoint");
        Endpoint added = project().endpoints().get(project().endpoints().size() - 1);
        assertThat(added.kind()).isEqualTo(EndpointKind.CUSTOM);
        robot.doubleClickOn("#custom-path").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("/api/reports/weekly").type(KeyCode.ENTER);
        TextArea example = robot.lookup("#custom-example").queryAs(TextArea.class);
        robot.clickOn(example).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("{\"posts\": 12, \"comments\": 40");
        robot.clickOn("#apply-example");
        assertThat(project().endpoints().get(project().endpoints().size() - 1).exampleResponse()).isEqualTo("{}");
        robot.clickOn(example).type(KeyCode.END).write("}");
        robot.clickOn("#apply-example");
        assertThat(project().endpoints().get(project().endpoints().size() - 1).exampleResponse())
                .isEqualTo("{\"posts\": 12, \"comments\": 40}");

        robot.clickOn("#run-live");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Live at"));
        String url = status.getText().substring("Live at ".length()).split(" ")[0];
        HttpResponse<String> weekly = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                + "/api/reports/weekly")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(weekly.statusCode()).isEqualTo(200);
        assertThat(weekly.body()).contains("\"posts\":12").contains("\"success\":true");
        robot.clickOn("#run-live");

        robot.clickOn("#remove-endpoint");
        assertThat(project().endpoints()).noneMatch(e -> e.path().equals("/api/reports/weekly"));
    }

    @Test
    void the_database_is_chosen_beside_the_api_style_with_a_why_and_reaches_the_model(FxRobot robot) {
        new UiSteps(robot).openPage("Implementation", "Endpoints");
        javafx.scene.control.ComboBox<?> database = robot.lookup("#database").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(database.getTooltip().getText()).contains("default");

        robot.clickOn(database).clickOn("MySQL / MariaDB");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(project().stack().database()).isEqualTo(dev.stackbench.model.StackChoices.DatabaseKind.MYSQL);
        assertThat(robot.lookup("#database").queryAs(javafx.scene.control.ComboBox.class).getTooltip().getText())
                .contains("MariaDB 10.11+");
    }

    @Test
    void a_selected_problem_says_why_its_practice_matters(FxRobot robot) {
        TableView<?> problems = robot.lookup("#problems").queryTableView();
        robot.interact(() -> problems.getSelectionModel().select(0));
        Label why = robot.lookup("#problem-why").queryAs(Label.class);
        String rule = ((dev.stackbench.model.advisor.Finding) problems.getItems().get(0)).ruleId();
        assertThat(why.getText()).startsWith("Why " + rule + ": ")
                .contains(dev.stackbench.model.advisor.Advisor.standard().why(rule).orElseThrow());
    }

    private static int rowOf(TableView<?> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (((dev.stackbench.model.RateLimitClass) table.getItems().get(i)).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
