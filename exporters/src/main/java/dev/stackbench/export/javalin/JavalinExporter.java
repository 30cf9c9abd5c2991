package dev.stackbench.export.javalin;

import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.TargetCapabilities;
import dev.stackbench.export.TemplateFolder;
import dev.stackbench.export.sql.Migrations;
import dev.stackbench.export.sql.SqlDialect;
import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java 17 + Javalin target, on PostgreSQL or MySQL / MariaDB (the model's {@code stack.database}). Static parts (platform packages, build, configuration, tests)
 * come from the template folder {@code targets/javalin/files}; the model-specific parts (one package per
 * resource, the wiring, the first migration, the scenario data) are generated here.
 */
public final class JavalinExporter {
    public static final String TARGET = "javalin";
    public static final TargetCapabilities CAPABILITIES = new TargetCapabilities(TARGET,
            Set.of(DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL));
    static final String FIRST_MIGRATION = "src/main/resources/db/migration/V1__initial_schema.sql";

    private JavalinExporter() {
    }

    public static List<GeneratedFile> files(Project project) {
        ExportedApp app = ExportedApp.of(project);
        String base = app.javaPackage();
        RelationalPlan plan = PlanBuilder.build(project);
        List<ResourceModel> models = new ArrayList<>();
        project.entities().forEach(e -> plan.tableOfEntity(e.id()).ifPresent(t -> models.add(ResourceModel.of(project,
                plan, e))));
        List<ResourceSources> resources = models.stream().map(m -> new ResourceSources(m, base,
                project.apiStyle().defaultPageSize(), project.apiStyle().maxPageSize())).toList();
        List<GeneratedFile> out = new ArrayList<>(new TemplateFolder("targets/javalin/files")
                .render(view(project, app), base.replace('.', '/')));
        resources.forEach(r -> out.addAll(r.files()));
        List<dev.stackbench.model.Endpoint> orphans = orphanEndpoints(project, models);
        out.addAll(CustomSources.files(base, orphans));
        String baseDir = "src/main/java/" + base.replace('.', '/') + "/";
        out.add(new GeneratedFile(baseDir + "Wiring.java", WiringSource.of(project, base, resources, models,
                !orphans.isEmpty())));
        out.add(new GeneratedFile(FIRST_MIGRATION, migrations(project).initial(plan,
                ExportedApp.usesJwt(project))));
        out.add(new GeneratedFile("src/test/resources/scenarios.json", ScenarioData.of(project, models)));
        out.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return out;
    }

    /** Endpoints that belong to no exported resource: they become the {@code custom} package. */
    static List<dev.stackbench.model.Endpoint> orphanEndpoints(Project project, List<ResourceModel> models) {
        return project.endpoints().stream().filter(ep -> models.stream()
                .noneMatch(m -> m.entity().id().equals(ep.entityId()))).toList();
    }

    /** A follow-up migration for the given plan changes. */
    public static String migration(Project project, List<dev.stackbench.model.plan.SchemaChange> changes) {
        return migrations(project).change(changes);
    }

    private static Migrations migrations(Project project) {
        return new Migrations(SqlDialect.of(project.stack().database()));
    }

    private static Map<String, Object> view(Project project, ExportedApp app) {
        Map<String, Object> view = new HashMap<>();
        view.put("package", app.javaPackage());
        view.put("groupId", app.groupId());
        view.put("artifactId", app.artifactId());
        view.put("version", app.version());
        view.put("title", app.title());
        view.put("description", project.meta().description());
        view.put("corsOrigins", String.join(",", project.production().corsOrigins()));
        view.put("httpsOnly", project.production().httpsOnly());
        view.put("maxBodyBytes", project.production().maxBodyBytes());
        view.put("shutdownTimeoutSeconds", project.production().shutdownTimeoutSeconds());
        view.put("jwt", ExportedApp.usesJwt(project));
        view.put("environment", app.environment());
        view.put("mysql", app.database().mysql());
        view.put("databaseName", app.database().name());
        view.put("h2ModeName", app.database().h2ModeName());
        view.put("h2Settings", app.database().h2Settings());
        return view;
    }
}
