package dev.stackbench.app.ui;

import dev.stackbench.app.ui.export.ExportWizard;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard follows the model's database: MySQL files in the preview, a database no target runs on refused. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardDatabaseTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    private void open(FxRobot robot, DatabaseKind database) {
        Project blog = Templates.load("blog");
        Project project = blog.withStack(blog.stack().withDatabase(database));
        robot.interact(() -> new ExportWizard(owner, project, path -> { }).show());
    }

    @Test
    void a_mysql_model_previews_mysql_migrations_and_the_mariadb_driver(FxRobot robot) throws Exception {
        open(robot, DatabaseKind.MYSQL);
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText()
                .contains("Javalin + MySQL / MariaDB")).tryQuery()).as("the target names the database").isPresent();
        robot.clickOn("#wizard-next");
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class)
                .setText(uncheckedTemp()));
        robot.clickOn("#wizard-preview");
        robot.clickOn("pom.xml");
        assertThat(fileShown(robot)).contains("mariadb-java-client", "flyway-mysql").doesNotContain("postgresql");
        robot.clickOn("docker-compose.yml");
        assertThat(fileShown(robot)).contains("image: mariadb", "jdbc:mariadb://mariadb:3306/app");
    }

    @Test
    void a_database_the_target_cannot_export_stops_the_wizard_with_the_reason(FxRobot robot) {
        open(robot, DatabaseKind.H2);
        assertThat(robot.lookup("#export-refused").queryAs(Label.class).getText())
                .contains("The javalin target cannot export stack.database = H2");
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static String fileShown(FxRobot robot) {
        return robot.lookup("#export-file").queryAs(CodeArea.class).getText();
    }

    private static String uncheckedTemp() {
        try {
            return Files.createTempDirectory("wizard-mysql").resolve("out").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
