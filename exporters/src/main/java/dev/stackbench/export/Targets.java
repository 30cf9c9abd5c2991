package dev.stackbench.export;

import dev.stackbench.export.checklist.ChecklistEvidence;
import dev.stackbench.export.checklist.ChecklistReports;
import dev.stackbench.export.javalin.JavalinExporter;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/** The export targets by name; each renders a full project (sources plus the shared artifacts). */
public final class Targets {
    public static final List<String> NAMES = List.of(JavalinExporter.TARGET);

    private Targets() {
    }

    static List<GeneratedFile> render(Project project, String target) {
        if (!NAMES.contains(target)) {
            throw new IllegalArgumentException("Unknown target '" + target + "'; available: " + String.join(", ", NAMES));
        }
        List<GeneratedFile> files = new ArrayList<>(JavalinExporter.files(project));
        files.addAll(ArtifactWriters.all(project));
        ChecklistReport report = ChecklistEvidence.locate(Checklist.evaluate(project), files);
        files.add(new GeneratedFile("PRODUCTION_CHECKLIST.md", ChecklistReports.markdown(report)));
        files.add(new GeneratedFile("checklist.json", ChecklistReports.json(report)));
        files.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return files;
    }

    static String migration(List<SchemaChange> changes) {
        return JavalinExporter.migration(changes);
    }
}
