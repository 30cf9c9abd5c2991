package dev.stackbench.export.checklist;

import dev.stackbench.export.ExportEngine;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.checklist.ItemResult;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist of a MySQL export: the same items closed as on PostgreSQL, the migrations item saying which SQL. */
class MysqlChecklistTest {
    private static ChecklistReport report(Project project) {
        return ChecklistEvidence.locate(Checklist.evaluate(project), ExportEngine.render(project, "javalin"));
    }

    @Test
    void a_mysql_export_closes_the_same_items_with_evidence_in_its_own_files() {
        Project blog = Templates.load("blog");
        ChecklistReport postgres = report(blog);
        ChecklistReport mysql = report(blog.withStack(blog.stack().withDatabase(DatabaseKind.MYSQL)));

        assertThat(states(mysql)).isEqualTo(states(postgres));
        ItemResult migrations = mysql.items().stream().filter(r -> r.item().id().equals("DEP-MIGRATIONS"))
                .findFirst().orElseThrow();
        assertThat(migrations.reason()).contains("MySQL / MariaDB");
        assertThat(migrations.evidenceFile()).isEqualTo("src/main/resources/db/migration/V1__initial_schema.sql");
    }

    private static List<String> states(ChecklistReport report) {
        return report.items().stream().map(r -> r.item().id() + "=" + r.state()).toList();
    }
}
