package dev.stackbench.importer.db;

import dev.stackbench.export.sql.Migrations;
import dev.stackbench.export.sql.SqlDialect;
import dev.stackbench.importer.ImportNote;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.importer.ModelEquivalence;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template's exported first migration applied to a fresh PostgreSQL and a fresh MariaDB database, then
 * imported: the same model as far as a schema can say ({@link ModelEquivalence.Depth#SCHEMA}).
 */
class DatabaseRoundTripTest {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas"})
    void postgresql(String template) throws Exception {
        roundTrip(template, DatabaseKind.POSTGRESQL, POSTGRES, "postgres", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog", "chat", "dashboard", "saas"})
    void mariadb(String template) throws Exception {
        roundTrip(template, DatabaseKind.MYSQL, MARIADB, "root", "");
    }

    private void roundTrip(String template, DatabaseKind kind, String server, String user, String password)
            throws Exception {
        Project original = Templates.load(template);
        String sql = new Migrations(SqlDialect.of(kind)).initial(PlanBuilder.build(original), true)
                .replace("${json_type}", "jsonb");
        try (TempDatabase db = TempDatabase.create(server, kind == DatabaseKind.POSTGRESQL ? "test" : "", user,
                password)) {
            db.run(sql);
            ImportResult imported = DatabaseImporter.read(db.url(), user, password);

            assertThat(ModelEquivalence.describe(imported.project(), ModelEquivalence.Depth.SCHEMA))
                    .containsExactlyElementsOf(ModelEquivalence.describe(original, ModelEquivalence.Depth.SCHEMA));
            assertThat(imported.notes()).extracting(ImportNote::pointer).contains("refresh_tokens");
        }
    }
}
