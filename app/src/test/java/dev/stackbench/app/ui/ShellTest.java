package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.DialogPane;
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

/**
 * The start screen: work autosaved before a crash is offered and restores the edits; a corrupt or a future-version
 * model file is reported with a clear message and left untouched.
 */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private static Path dir;
    private static Path file;
    private Stage stage;
    private Shell shell;
    private RecentFiles recent;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("shell-test");
        file = dir.resolve("blog.stackbench.json");
        ProjectDocument.write(file, Templates.load("blog"));
        ProjectDocument crashed = new ProjectDocument(Templates.load("blog"), file);
        crashed.edit(p -> p.withEntity("ent_post", e -> e.withField("fld_post_title", f -> f.withName("headline"))));
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        crashed.autosave(store);
        recent = new RecentFiles(dir.resolve("recent.txt"));
        shell = new Shell(stage, store, recent);
        shell.showStart();
    }

    @Test
    void work_autosaved_before_a_crash_is_offered_and_restores_the_edits(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#recovery-list .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c)
                .getItem() != null).<javafx.scene.Node>query());
        robot.clickOn("#recover");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("blog.stackbench.json"));
        assertThat(stage.getTitle()).as("recovered work is unsaved").contains("*");
        assertThat(Files.readString(file)).doesNotContain("headline");
    }

    @Test
    void a_corrupt_file_is_reported_with_its_line_and_left_untouched(FxRobot robot) throws Exception {
        Path corrupt = dir.resolve("corrupt.stackbench.json");
        String text = "{\n  \"formatVersion\": 1,\n  \"project\": [1, 2,\n";
        Files.writeString(corrupt, text);
        robot.interact(() -> shell.open(corrupt));
        DialogPane alert = awaitAlert(robot);
        assertThat(alert.getHeaderText()).contains("corrupt.stackbench.json");
        assertThat(alert.getContentText()).containsPattern("line \\d+");
        assertThat(Files.readString(corrupt)).isEqualTo(text);
    }

    @Test
    void a_file_from_a_newer_stackbench_is_refused_with_a_clear_message(FxRobot robot) throws Exception {
        Path future = dir.resolve("future.stackbench.json");
        String text = Files.readString(file).replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 99");
        Files.writeString(future, text);
        robot.interact(() -> shell.open(future));
        DialogPane alert = awaitAlert(robot);
        assertThat(alert.getContentText()).containsIgnoringCase("newer");
        assertThat(Files.readString(future)).isEqualTo(text);
    }

    @Test
    void a_model_opened_once_is_offered_among_the_recent_files_and_opens_from_there(FxRobot robot) throws Exception {
        robot.interact(() -> shell.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("blog.stackbench.json"));
        assertThat(recent.list()).containsExactly(file.toAbsolutePath().normalize());
        robot.interact(shell::showStart);
        robot.doubleClickOn(robot.lookup("#recent-files .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c)
                .getItem() != null).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains("blog.stackbench.json"));
    }

    @Test
    void the_templates_say_what_they_hold(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<?> list = robot.lookup("#template-list").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((TemplateCard) list.getItems().get(0)).summary()
                .contains("entities"));
        assertThat(list.getItems()).extracting(c -> ((TemplateCard) c).summary())
                .anyMatch(s -> s.contains("WebSocket")).anyMatch(s -> s.contains("SSE"));
    }

    private static DialogPane awaitAlert(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }
}
