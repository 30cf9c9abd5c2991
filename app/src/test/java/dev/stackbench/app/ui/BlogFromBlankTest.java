package dev.stackbench.app.ui;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.template.Templates;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user models the blog template's equivalent from a blank project with the mouse and keyboard alone:
 * entities and fields on the entity pages, relationships, filters and sorts on the endpoint table, and users and
 * roles on the auth page. The relational plan (tables, columns, keys, indexes) must equal the template's.
 */
@ExtendWith(ApplicationExtension.class)
class BlogFromBlankTest {
    private MainWindow window;
    private FxRobot robot;
    private UiSteps ui;
    private Stage stage;

    /** One row of the field table as a user fills it in ({@code maxLength} null: cleared). */
    private record F(String name, String type, boolean required, boolean unique, Integer maxLength,
                     String enumValues, String defaultValue, boolean sensitive) {
        static F of(String name, String type, boolean required, boolean unique, Integer maxLength) {
            return new F(name, type, required, unique, maxLength, "", "", false);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, new ProjectDocument(Project.blank("Blog"), null),
                new RecoveryStore(Files.createTempDirectory("recovery")));
        window.show();
    }

    private Project project() {
        return window.document().project();
    }

    @Test
    void the_blog_is_modelled_from_blank_and_its_relational_plan_equals_the_template(FxRobot robot) {
        this.robot = robot;
        this.ui = new UiSteps(robot);
        entity("User",
                F.of("email", "string", true, true, 254),
                new F("passwordHash", "string", true, false, 255, "", "", true),
                F.of("displayName", "string", true, false, 80),
                new F("role", "enum", true, false, null, "reader, author, admin", "reader", false),
                F.of("bio", "text", false, false, 2000));
        entity("Tag", F.of("name", "string", true, true, 50), F.of("slug", "string", true, true, 60));
        entity("Post",
                F.of("title", "string", true, false, 200),
                F.of("slug", "string", true, true, 220),
                F.of("body", "text", true, false, 100000),
                new F("status", "enum", true, false, null, "draft, published, archived", "draft", false),
                F.of("publishedAt", "datetime", false, false, null));
        relate("many-to-one", "User", "author", "restrict", true, "");
        relate("many-to-many", "Tag", "tags", "cascade", false, "post_tags");
        ui.toggle(relationships(), 0, "Owner");
        entity("Comment", F.of("body", "text", true, false, 2000));
        relate("many-to-one", "Post", "post", "cascade", true, "");
        ui.toggle(relationships(), 0, "Nested route");
        relate("many-to-one", "User", "author", "cascade", true, "");
        ui.toggle(relationships(), 1, "Owner");

        ui.openPage("Implementation", "Endpoints");
        TableView<Endpoint> endpoints = robot.lookup("#endpoint-table").queryTableView();
        ui.type(endpoints, row(endpoints, "/api/posts"), "Filters", "status, authorId");
        ui.type(endpoints, row(endpoints, "/api/posts"), "Sort", "createdAt, publishedAt, title");
        ui.type(endpoints, row(endpoints, "/api/comments"), "Filters", "postId, authorId");
        ui.type(endpoints, row(endpoints, "/api/posts/{postId}/comments"), "Filters", "authorId");
        ui.type(endpoints, row(endpoints, "/api/tags"), "Sort", "name");

        usersAndRoles();

        Project blog = Templates.load("blog");
        assertThat(describe(PlanBuilder.build(project()))).containsExactlyElementsOf(
                describe(PlanBuilder.build(blog)));
        assertThat(authSummary(project())).isEqualTo(authSummary(blog));
        assertThat(project().entityNamed("Post").flatMap(e -> e.relationships().stream()
                .filter(r -> r.id().equals(e.ownerRelationshipId())).findFirst()).orElseThrow().name())
                .isEqualTo("author");
    }

    private void entity(String name, F... fields) {
        ui.openPage("Architecture", "Entity diagram");
        robot.clickOn("#add-entity");
        robot.clickOn("#entity-name").write(name).type(KeyCode.ENTER);
        // Monocle does not hand keyboard focus back to the window when a dialog closes; a desktop does.
        robot.interact(stage::requestFocus);
        ui.openPage(name);
        TableView<Field> table = robot.lookup("#field-table").queryTableView();
        for (int i = 0; i < fields.length; i++) {
            F f = fields[i];
            robot.clickOn("#add-field");
            WaitForAsyncUtils.waitForFxEvents();
            ui.type(table, i, "Name", f.name());
            assertThat(project().entityNamed(name).orElseThrow().fieldNamed(f.name())).as(f.name()).isPresent();
            if (!f.type().equals("string")) {
                ui.choose(table, i, "Type", f.type());
            }
            if (!f.enumValues().isEmpty()) {
                ui.type(table, i, "Enum values", f.enumValues());
            }
            if (!f.defaultValue().isEmpty()) {
                ui.type(table, i, "Default", f.defaultValue());
            }
            ui.type(table, i, "Max length", f.maxLength() == null ? "" : f.maxLength().toString());
            if (f.required()) {
                ui.toggle(table, i, "Required");
            }
            if (f.unique()) {
                ui.toggle(table, i, "Unique");
            }
            if (f.sensitive()) {
                ui.toggle(table, i, "Sensitive");
            }
        }
    }

    /** Adds a relationship with the form under the table, then names and sets it up in its row. */
    private void relate(String kind, String target, String name, String onDelete, boolean required,
                        String joinTable) {
        robot.clickOn("Relationships");
        ui.pick("#relationship-kind", kind);
        ui.pick("#relationship-target", target);
        robot.clickOn("#add-relationship");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = relationships();
        int row = table.getItems().size() - 1;
        ui.type(table, row, "Name", name);
        if (!onDelete.equals("restrict")) {
            ui.choose(table, row, "On delete", onDelete);
        }
        if (required) {
            ui.toggle(table, row, "Required");
        }
        if (!joinTable.isEmpty()) {
            ui.type(table, row, "Join table", joinTable);
        }
    }

    private TableView<?> relationships() {
        return robot.lookup("#relationship-table").queryTableView();
    }

    /** Strategy, who the users are, and their roles, on the auth page. */
    private void usersAndRoles() {
        ui.openPage("Architecture", "Auth");
        ui.pick("#auth-strategy", "JWT");
        robot.clickOn("Users and roles");
        ui.pick("#user-entity", "User");
        ui.pick("#login-field", "email");
        ui.pick("#password-field", "passwordHash");
        ui.pick("#role-field", "role");
        TableView<?> roles = robot.lookup("#role-table").queryTableView();
        String[][] wanted = {{"reader", "Reads and comments."}, {"author", "Writes posts."},
                {"admin", "Moderates everything."}};
        for (int i = 0; i < wanted.length; i++) {
            robot.clickOn("#add-role");
            WaitForAsyncUtils.waitForFxEvents();
            ui.type(roles, i, "Role", wanted[i][0]);
            ui.type(roles, i, "What they do", wanted[i][1]);
        }
        ui.pick("#default-role", "reader");
    }

    private static int row(TableView<Endpoint> table, String listPath) {
        for (int i = 0; i < table.getItems().size(); i++) {
            Endpoint e = table.getItems().get(i);
            if (e.path().equals(listPath) && e.method().name().equals("GET")) {
                return i;
            }
        }
        throw new AssertionError("no GET " + listPath);
    }

    /** The plan without the model's generated ids: what the database would hold. */
    private static List<String> describe(RelationalPlan plan) {
        List<String> lines = new ArrayList<>();
        plan.tables().forEach(t -> {
            lines.add("table " + t.name() + " pk " + t.primaryKey());
            t.columns().forEach(c -> lines.add("  " + c.name() + " " + c.property() + " " + c.type() + " nullable="
                    + c.nullable() + " unique=" + c.unique() + " default=" + c.defaultValue() + " " + c.role()));
            t.foreignKeys().forEach(k -> lines.add("  fk " + k.name() + " " + k.column() + " -> "
                    + k.referencedTable() + "." + k.referencedColumn() + " on delete " + k.onDelete()));
            t.indexes().forEach(i -> lines.add("  index " + i.name() + " " + i.columns() + " unique=" + i.unique()
                    + " derived=" + i.derived()));
        });
        return lines;
    }

    private static String authSummary(Project p) {
        AuthConfig a = p.auth();
        Entity user = p.entity(a.userEntityId()).orElseThrow();
        return a.strategy() + " users=" + user.name() + " login=" + name(user, a.loginFieldId()) + " password="
                + name(user, a.passwordFieldId()) + " role=" + name(user, a.roleFieldId()) + " roles="
                + a.roles().stream().map(r -> r.name() + ":" + r.description()).toList() + " default="
                + a.defaultRole();
    }

    private static String name(Entity e, String fieldId) {
        return e.field(fieldId).map(Field::name).orElse("?");
    }
}
