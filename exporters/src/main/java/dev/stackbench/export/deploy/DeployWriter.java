package dev.stackbench.export.deploy;

import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.TemplateFolder;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Project;

import java.util.List;

/**
 * The deployment files of an export: {@code Dockerfile} (multi-stage, non-root, healthcheck), {@code .dockerignore},
 * {@code docker-compose.yml} (app + its database + Redis), the Kubernetes manifests under {@code k8s/} and
 * {@code .env.example}. Templates live in {@code artifacts/deploy}; every name they share with the app (port, jar,
 * user id, probe paths, environment keys) comes from {@link ExportedApp}, so they cannot drift apart.
 */
public final class DeployWriter {
    private static final TemplateFolder TEMPLATES = new TemplateFolder("artifacts/deploy");

    private DeployWriter() {
    }

    public static List<GeneratedFile> write(Project project) {
        return TEMPLATES.render(View.of(project));
    }

    /** What the deployment templates read; Mustache finds the record's accessors by name. */
    record View(String title, String artifactId, String version, int port, String jar, int uid, String healthPath,
                String readyPath, String metricsPath, List<ExportedApp.EnvKey> environment, String corsOrigins,
                boolean jwt, boolean oauth, int terminationGraceSeconds, String databaseName, boolean mysql) {

        static View of(Project project) {
            ExportedApp app = ExportedApp.of(project);
            // Kubernetes waits this long before SIGKILL: the app's own drain time plus room for the JVM to exit.
            int grace = project.production().shutdownTimeoutSeconds() + 10;
            return new View(app.title(), app.artifactId(), app.version(), ExportedApp.PORT, ExportedApp.JAR,
                    ExportedApp.UID, ExportedApp.HEALTH_PATH, ExportedApp.READY_PATH, ExportedApp.METRICS_PATH,
                    app.environment(), String.join(",", project.production().corsOrigins()),
                    ExportedApp.usesJwt(project),
                    project.auth().strategy() == AuthStrategy.OAUTH, grace, app.database().name(),
                    app.database().mysql());
        }

        /** The compose service the app waits for. */
        public String databaseService() {
            return mysql ? "mariadb" : "postgres";
        }
    }
}
