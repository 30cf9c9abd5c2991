package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.importing.ImportDialog;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

/** File → Import…: preview of entities and notes, then merge (ids and edits kept) as one undo step, or replace. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    /** A small document of our own: one entity, one list, an error shape that is reported, not imported. */
    private static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: 1.0.0}
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: the pets
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    default:
                      description: failure
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Error'}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string, maxLength: 80}
                Error:
                  type: object
                  properties:
                    message: {type: string}
            """;

    private ProjectDocument document;
    private Project blog;
    private Path petstore;

    @Start
    void start(Stage stage) throws Exception {
        blog = Templates.load("blog").withEntity("ent_post", e -> e.withDescription("edited by hand"));
        document = new ProjectDocument(blog, null);
        petstore = Files.createTempFile("petstore", ".yaml");
        Files.writeString(petstore, PETS);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    private ImportDialog previewed(FxRobot robot, String location) throws Exception {
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportDialog(null, document::edit);
            dialog[0].show();
        });
        robot.interact(() -> robot.lookup("#import-source").queryAs(TextField.class).setText(location));
        robot.clickOn("#import-preview");
        Label status = robot.lookup("#import-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().contains("entities")
                || status.getText().contains(":"));
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    @Test
    void preview_then_merge_keeps_ids_and_edits_and_one_undo_takes_it_back(FxRobot robot) throws Exception {
        previewed(robot, petstore.toString());
        ListView<?> entities = robot.lookup("#import-entities").queryAs(ListView.class);
        ListView<?> notes = robot.lookup("#import-notes").queryAs(ListView.class);
        assertThat(entities.getItems()).anySatisfy(i -> assertThat(i.toString()).startsWith("Pet"));
        assertThat(notes.getItems()).anySatisfy(i -> assertThat(i.toString()).contains("/components/schemas/Error"));
        assertThat(document.project()).as("nothing changes before Merge or Replace").isEqualTo(blog);

        robot.clickOn("#import-merge");
        WaitForAsyncUtils.waitForFxEvents();

        Project merged = document.project();
        assertThat(merged.entityNamed("Pet")).isPresent();
        assertThat(merged.entity("ent_post").orElseThrow().description()).isEqualTo("edited by hand");
        assertThat(merged.endpoints()).containsAll(blog.endpoints());
        robot.interact(document::undo);
        assertThat(document.project()).isEqualTo(blog);
    }

    @Test
    void replace_swaps_the_model_and_a_bad_file_only_shows_the_problem(FxRobot robot) throws Exception {
        previewed(robot, petstore.toString());
        robot.clickOn("#import-replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.project().entities()).extracting(e -> e.name()).containsExactly("Pet");
        assertThat(document.project().meta()).isEqualTo(blog.meta());

        Path broken = Files.createTempFile("broken", ".yaml");
        Files.writeString(broken, "openapi: 3.0.0\npaths: [\n");
        Project before = document.project();
        previewed(robot, broken.toString());
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).contains(broken.toString())
                .contains("line");
        assertThat(robot.lookup("#import-merge").queryButton().isDisabled()).isTrue();
        assertThat(document.project()).isEqualTo(before);
    }
}
