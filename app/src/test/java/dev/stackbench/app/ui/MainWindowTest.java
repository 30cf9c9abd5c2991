package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Field;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window driven as a user would: edit, undo, save, drag, navigate from a problem, run live. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private Path file;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempDirectory("main-window").resolve("blog.stackbench.json");
        ProjectDocument.write(file, Templates.load("blog"));
        window = new MainWindow(stage, new ProjectDocument(new ModelFiles().load(file), file),
                new RecoveryStore(file.getParent().resolve("recovery")));
        window.show();
    }

    /** Clicks the navigator entry with this label. */
    private Project project() {
        return window.document().project();
    }

    private Field title() {
        return project().entity("ent_post").orElseThrow().field("fld_post_title").orElseThrow();
    }

    @Test
    void renaming_a_field_in_the_table_undo_restores_it_and_save_writes_the_file(FxRobot robot) throws Exception {
        new UiSteps(robot).openPage("Post");
        TableView<?> table = robot.lookup("#field-table").queryTableView();
        robot.doubleClickOn(robot.from(table).lookup(".table-cell").match(c -> "title".equals(((javafx.scene.control
                .TableCell<?, ?>) c).getText())).<javafx.scene.Node>query());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("headline")
                .type(KeyCode.ENTER);
        assertThat(title().name()).isEqualTo("headline");
        assertThat(window.document().titleProperty().get()).contains(" * ");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(title().name()).isEqualTo("title");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(title().name()).isEqualTo("headline");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().dirtyProperty().get());
        assertThat(new ModelFiles().load(file).entity("ent_post").orElseThrow().field("fld_post_title")
                .orElseThrow().name()).isEqualTo("headline");
    }

    @Test
    void indexing_a_field_from_the_entity_editor_adds_it_to_the_model_and_the_plan(FxRobot robot) {
        new UiSteps(robot).openPage("Post");
        TableView<?> table = robot.lookup("#field-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(4));
        robot.clickOn("Indexes");
        robot.clickOn("#add-index");
        assertThat(project().entity("ent_post").orElseThrow().indexes()).anySatisfy(i ->
                assertThat(i.elementIds()).containsExactly("fld_post_published"));
        javafx.scene.control.ListView<?> list = robot.lookup("#index-list").queryListView();
        assertThat(list.getItems()).anyMatch(i -> i.toString().startsWith("ix_posts_published_at"));
    }

    @Test
    void the_access_token_lifetime_is_edited_on_the_auth_page(FxRobot robot) {
        new UiSteps(robot).openPage("Auth");
        robot.clickOn("Settings");
        robot.doubleClickOn("#jwt-minutes").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("10").type(KeyCode.ENTER);
        assertThat(project().auth().jwt().accessTokenMinutes()).isEqualTo(10);
    }

    @Test
    void the_auth_page_asks_the_deciding_questions_and_adopts_its_recommendation(FxRobot robot) {
        new UiSteps(robot).openPage("Auth");
        Label recommendation = robot.lookup(".label").match(n -> ((Label) n).getText().startsWith("Recommended:"))
                .queryAs(Label.class);
        assertThat(recommendation.getText()).startsWith("Recommended: JWT");
        assertThat(robot.lookup("#adopt-recommendation").query().isVisible()).isFalse();
        robot.clickOn("Mobile apps or third-party clients");
        robot.clickOn("Same-site web front end");
        assertThat(project().stack().sameSiteFrontend()).isTrue();
        assertThat(robot.lookup(".label").match(n -> ((Label) n).getText().startsWith("Recommended:"))
                .queryAs(Label.class).getText()).startsWith("Recommended: Sessions").contains("HttpOnly");
        robot.clickOn("#adopt-recommendation");
        assertThat(project().auth().strategy()).isEqualTo(dev.stackbench.model.AuthStrategy.SESSION);
    }

    @Test
    void roles_are_renamed_everywhere_and_one_that_alone_guards_endpoints_stays(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Auth");
        robot.clickOn("Users and roles");
        TableView<?> roles = robot.lookup("#role-table").queryTableView();
        ui.type(roles, 0, "Role", "member");
        assertThat(project().auth().defaultRole()).isEqualTo("member");
        assertThat(project().entity("ent_user").orElseThrow().fieldNamed("role").orElseThrow().enumValues())
                .containsExactly("member", "author", "admin");
        robot.interact(() -> roles.getSelectionModel().select(2));
        robot.clickOn("#remove-role");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Cannot remove admin yet");
        robot.type(KeyCode.ENTER);
        assertThat(project().auth().role("admin")).isPresent();
    }

    @Test
    void oauth_provider_settings_are_edited_on_the_auth_page(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Auth");
        ui.pick("#auth-strategy", "OAuth");
        robot.clickOn("Settings");
        robot.doubleClickOn("#oauth-client").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("blog-web").type(KeyCode.ENTER);
        ui.pick("#oauth-issue", "JWT access and refresh tokens");
        assertThat(project().auth().oauth().clientId()).isEqualTo("blog-web");
        assertThat(project().auth().oauth().issueAs()).isEqualTo(dev.stackbench.model.AuthStrategy.JWT);
    }

    @Test
    void relationships_are_edited_in_their_table_on_the_entity_page(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Comment");
        robot.clickOn("Relationships");
        TableView<?> table = robot.lookup("#relationship-table").queryTableView();
        ui.choose(table, 0, "On delete", "restrict");
        ui.toggle(table, 0, "Nested route");
        assertThat(project().entity("ent_comment").orElseThrow().relationships().get(0).onDelete())
                .isEqualTo(dev.stackbench.model.OnDelete.RESTRICT);
        assertThat(project().endpoints()).noneMatch(e -> "rel_comment_post".equals(e.scopeRelationshipId()));
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#remove-relationship");
        assertThat(project().entity("ent_comment").orElseThrow().relationships()).hasSize(1);
        assertThat(project().entity("ent_comment").orElseThrow().ownerRelationshipId()).isNull();
    }

    @Test
    void selecting_an_endpoint_previews_its_response_envelope(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Implementation", "Endpoints");
        TableView<?> table = robot.lookup("#endpoint-table").queryTableView();
        robot.clickOn(ui.cell(table, 6, "Path"));
        String preview = robot.lookup("#envelope-preview").queryTextInputControl().getText();
        assertThat(preview).startsWith("200").contains("\"success\" : true", "\"total\"", "\"title\"");
    }

    @Test
    void dragging_a_box_saves_its_position_in_the_layout(FxRobot robot) {
        new UiSteps(robot).openPage("Entity diagram");
        VBox box = robot.lookup("#entity-ent_tag").queryAs(VBox.class);
        double before = box.getLayoutX();
        robot.drag(box).moveBy(120, 40).drop();
        Layout.Point saved = project().layout().positions().get("ent_tag");
        assertThat(saved).isNotNull();
        assertThat(saved.x()).isGreaterThan(before + 60);
    }

    @Test
    void auto_layout_places_every_entity(FxRobot robot) {
        new UiSteps(robot).openPage("Entity diagram");
        robot.clickOn("#auto-layout");
        assertThat(project().layout().positions()).containsKeys("ent_user", "ent_tag", "ent_post", "ent_comment");
    }

    @Test
    void double_clicking_a_problem_opens_the_element_it_points_at(FxRobot robot) {
        robot.interact(() -> window.document().edit(p -> p.withEndpoint("ent_post.create",
                e -> e.withRoles(dev.stackbench.model.Lists.plus(e.roles(), "writer")))));
        TableView<?> problems = robot.lookup("#problems").queryTableView();
        int row = -1;
        for (int i = 0; i < problems.getItems().size(); i++) {
            if (problems.getItems().get(i).toString().contains("endpoints/ent_post.create")) {
                row = i;
            }
        }
        assertThat(row).as("the advisor flags the unknown role").isNotNegative();
        int target = row;
        robot.interact(() -> {
            problems.getSelectionModel().select(target);
            problems.scrollTo(target);
        });
        robot.doubleClickOn(robot.from(problems).lookup(".table-row-cell").match(r -> ((javafx.scene.control
                .TableRow<?>) r).getIndex() == target).<javafx.scene.Node>query());
        TableView<dev.stackbench.model.Endpoint> endpoints = robot.lookup("#endpoint-table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(endpoints.getSelectionModel().getSelectedItem().id()).isEqualTo("ent_post.create");
    }

    @Test
    void an_edit_while_live_is_hot_reloaded_into_the_running_server(FxRobot robot) throws Exception {
        robot.clickOn("#run-live");
        Label status = robot.lookup("#server-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Live at"));
        String url = status.getText().substring("Live at ".length()).split(" ")[0];
        robot.interact(() -> window.document().edit(p -> p.withEntity("ent_tag", e -> e.withFields(
                dev.stackbench.model.Lists.plus(e.fields(), Field.of("fld_tag_color", "color",
                        dev.stackbench.model.FieldType.STRING))))));
        HttpClient http = HttpClient.newHttpClient();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.send(HttpRequest.newBuilder(URI.create(url
                + "/api/tags?limit=1")).build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"color\""));
        robot.clickOn("#run-live");
    }
}
