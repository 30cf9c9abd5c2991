package dev.stackbench.export;

import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetCapabilitiesTest {
    private final Project blog = Templates.load("blog");

    @Test
    void the_javalin_target_exports_postgresql_and_mysql() {
        assertThat(Targets.refusals(blog, "javalin")).isEmpty();
        assertThat(Targets.refusals(ExportedProjectsBuildTest.onMysql(blog), "javalin")).isEmpty();
    }

    @Test
    void a_database_the_target_cannot_do_is_refused_with_the_choice_and_the_target_named() {
        Project h2 = blog.withStack(blog.stack().withDatabase(DatabaseKind.H2));

        assertThat(Targets.refusals(h2, "javalin")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("javalin", "stack.database = H2", "MYSQL, POSTGRESQL"));
        assertThatThrownBy(() -> ExportEngine.render(h2, "javalin")).isInstanceOf(UnsupportedChoiceException.class)
                .hasMessageContaining("stack.database = H2");
    }
}
