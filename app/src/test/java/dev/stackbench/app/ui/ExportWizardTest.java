package dev.stackbench.app.ui;

import dev.stackbench.app.ui.export.ExportWizard;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export wizard end to end: target, folder, preview, export with progress, checklist; a re-export conflict. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardTest {
    private Path out;
    private ExportWizard wizard;
    private Project project;

    @Start
    void start(Stage stage) throws Exception {
        out = Files.createTempDirectory("wizard").resolve("blog-service");
        project = Templates.load("blog");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        wizard = new ExportWizard(stage, project, path -> { });
        wizard.show();
    }

    private void runThrough(FxRobot robot, boolean fresh) throws Exception {
        robot.clickOn("#wizard-next");
        robot.interact(() -> robot.lookup("#export-folder").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#wizard-preview");
        TreeView<?> tree = robot.lookup("#export-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).isNotEmpty();
        if (fresh) {
            assertThat(Files.exists(out)).as("nothing is written before Export").isFalse();
        }
        robot.clickOn("pom.xml");
        assertThat(robot.lookup("#export-file").queryAs(org.fxmisc.richtext.CodeArea.class).getText())
                .contains("<artifactId>blog");
        robot.clickOn("#wizard-export");
        Label step = robot.lookup("#wizard-step").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> step.getText().startsWith("5 · Done"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void an_export_writes_the_project_and_shows_the_completed_checklist(FxRobot robot) throws Exception {
        runThrough(robot, true);
        assertThat(out.resolve("pom.xml")).exists();
        assertThat(out.resolve("PRODUCTION_CHECKLIST.md")).exists();
        ListView<?> checklist = robot.lookup("#export-checklist").queryAs(ListView.class);
        assertThat(checklist.getItems()).hasSize(dev.stackbench.model.checklist.Checklist.items().size());
    }

    @Test
    void a_re_export_over_an_edited_file_shows_the_conflict_and_taking_the_new_one_resolves_it(FxRobot robot)
            throws Exception {
        runThrough(robot, true);
        Path pom = out.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<name>Blog</name>", "<name>Our blog</name>"));
        robot.interact(() -> {
            wizard.stage().close();
            wizard = new ExportWizard(null, project.withMeta(new dev.stackbench.model.ProjectMeta("Blog service",
                    project.meta().description(), project.meta().version(), project.meta().packageName())), p -> { });
            wizard.show();
        });
        runThrough(robot, false);
        ListView<?> conflicts = robot.lookup("#conflicts").queryAs(ListView.class);
        assertThat(conflicts.getItems().stream().map(Object::toString).toList()).contains("pom.xml");
        robot.clickOn("Take the new one");
        assertThat(Files.readString(pom)).contains("<name>Blog service</name>");
        assertThat(out.resolve("pom.xml.stackbench-new")).doesNotExist();
    }
}
