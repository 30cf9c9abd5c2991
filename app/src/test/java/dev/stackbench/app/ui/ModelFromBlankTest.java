package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.io.RecoveryStore;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Modelling from a blank project with the mouse and keyboard: entities, fields, a drawn relationship, fixes. */
@ExtendWith(ApplicationExtension.class)
class ModelFromBlankTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, new ProjectDocument(Project.blank("Shop"), null),
                new RecoveryStore(Files.createTempDirectory("recovery")));
        window.show();
    }

    private Project project() {
        return window.document().project();
    }

    private void addEntity(FxRobot robot, String name) {
        new UiSteps(robot).openPage("Architecture", "Entity diagram");
        robot.clickOn("#add-entity");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#entity-name").write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().entities()).as("after adding " + name + " via the dialog").extracting(Entity::name)
                .contains(name);
    }

    @Test
    void entities_fields_and_a_relationship_drawn_on_the_diagram(FxRobot robot) {
        addEntity(robot, "Product");
        Entity product = project().entityNamed("Product").orElseThrow();
        assertThat(project().endpointsOf(product.id())).hasSize(6);
        robot.interact(stage::requestFocus);
        robot.clickOn("#add-field");
        TableView<?> fields = robot.lookup("#field-table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.from(fields).lookup(".table-cell").match(c -> "newField".equals(
                ((javafx.scene.control.TableCell<?, ?>) c).getText())).<javafx.scene.Node>query());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("name").type(KeyCode.ENTER);
        assertThat(project().entityNamed("Product").orElseThrow().fieldNamed("name")).isPresent();

        addEntity(robot, "Category");
        new UiSteps(robot).openPage("Entity diagram");
        String productId = project().entityNamed("Product").orElseThrow().id();
        String categoryId = project().entityNamed("Category").orElseThrow().id();
        VBox from = robot.lookup("#entity-" + productId).queryAs(VBox.class);
        VBox to = robot.lookup("#entity-" + categoryId).queryAs(VBox.class);
        robot.press(KeyCode.SHIFT);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        robot.release(KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().entity(productId).orElseThrow().relationships()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.MANY_TO_ONE);
            assertThat(r.targetEntityId()).isEqualTo(categoryId);
        });
    }

    @Test
    void a_finding_disappears_after_its_quick_fix(FxRobot robot) {
        robot.interact(() -> window.document().edit(p -> p.withProduction(p.production().withChecks(
                p.production().healthCheck(), p.production().readinessCheck(), false,
                p.production().structuredLogging()))));
        TableView<?> problems = robot.lookup("#problems").queryTableView();
        int row = indexOf(problems, "metrics");
        assertThat(row).as("the advisor asks for metrics").isNotNegative();
        robot.interact(() -> problems.getSelectionModel().select(row));
        robot.clickOn(robot.lookup(".button").match(b -> ((Button) b).getText().equals("Fix: Turn on metrics"))
                .<javafx.scene.Node>query());
        assertThat(project().production().metrics()).isTrue();
        assertThat(indexOf(problems, "metrics")).isNegative();
    }

    @Test
    void the_theme_switches_to_dark_and_back(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("light.css"));
    }

    private static int indexOf(TableView<?> table, String text) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).toString().toLowerCase(java.util.Locale.ROOT).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
