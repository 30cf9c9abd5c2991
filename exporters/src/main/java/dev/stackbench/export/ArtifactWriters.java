package dev.stackbench.export;

import dev.stackbench.export.adr.DecisionWriter;
import dev.stackbench.export.asyncapi.AsyncApiWriter;
import dev.stackbench.export.deploy.DeployWriter;
import dev.stackbench.export.monitoring.MonitoringWriter;
import dev.stackbench.export.openapi.OpenApiWriter;
import dev.stackbench.export.postman.PostmanWriter;
import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * The artifacts every target's export carries beside its sources, whatever the stack: API documents (OpenAPI,
 * Postman, AsyncAPI), deployment, monitoring and the decision records. Always the same order (writer by writer, each
 * writer's own stable order), so an export is byte-identical for the same model.
 */
public final class ArtifactWriters {
    private ArtifactWriters() {
    }

    public static List<GeneratedFile> all(Project project) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(OpenApiWriter.write(project));
        files.addAll(PostmanWriter.write(project));
        AsyncApiWriter.write(project).ifPresent(files::add);
        files.addAll(DeployWriter.write(project));
        files.addAll(MonitoringWriter.write(project));
        files.addAll(DecisionWriter.write(project));
        return List.copyOf(files);
    }
}
