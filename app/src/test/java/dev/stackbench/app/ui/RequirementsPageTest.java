package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Feature;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Features are written, prioritised and linked to what serves them; the deciding questions are answered. */
@ExtendWith(ApplicationExtension.class)
class RequirementsPageTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, new ProjectDocument(Templates.load("blog"), null),
                new RecoveryStore(Files.createTempDirectory("requirements-page")));
        window.show();
    }

    private Feature feature(String id) {
        Project p = window.document().project();
        return p.features().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_new_feature_is_prioritised_and_linked_to_the_entity_and_endpoint_that_serve_it(FxRobot robot) {
        UiSteps ui = new UiSteps(robot);
        ui.openPage("Requirements", "Features and stack");
        robot.clickOn("#add-feature");
        TableView<Feature> table = robot.lookup("#feature-table").queryTableView();
        int row = table.getItems().size() - 1;
        String id = table.getItems().get(row).id();
        ui.type(table, row, "Title", "Readers like posts");
        ui.choose(table, row, "Priority", "must");
        robot.interact(() -> table.getSelectionModel().select(row));
        tick(robot, "#feature-entities", "Post");
        tick(robot, "#feature-endpoints", "GET /api/posts");
        WaitForAsyncUtils.waitForFxEvents();
        Feature added = feature(id);
        assertThat(added.title()).isEqualTo("Readers like posts");
        assertThat(added.priority()).isEqualTo(Feature.Priority.MUST);
        assertThat(added.entityIds()).containsExactly("ent_post");
        assertThat(added.endpointIds()).containsExactly("ent_post.list");
        robot.clickOn("#remove-feature");
        assertThat(window.document().project().features()).noneMatch(f -> f.id().equals(id));
    }

    @Test
    void answering_a_deciding_question_changes_the_stack_choices(FxRobot robot) {
        new UiSteps(robot).openPage("Requirements", "Features and stack");
        robot.clickOn("Stack and deciding questions");
        boolean before = window.document().project().stack().externalLogin();
        robot.clickOn("Login with an external provider");
        assertThat(window.document().project().stack().externalLogin()).isEqualTo(!before);
    }

    /** Scrolls the check list to the row showing {@code text}, as a person would, and ticks it. */
    private static void tick(FxRobot robot, String list, String text) {
        javafx.scene.control.ListView<?> view = robot.lookup(list).queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            for (int i = 0; i < view.getItems().size(); i++) {
                Object item = view.getItems().get(i);
                if (text.equals(item instanceof dev.stackbench.model.Endpoint e ? e.method() + " " + e.path()
                        : ((dev.stackbench.model.Entity) item).name())) {
                    view.scrollTo(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(view).lookup(".check-box").match(b -> {
            Node cell = b.getParent();
            return cell instanceof ListCell<?> c && text.equals(c.getText());
        }).<Node>query());
    }
}
