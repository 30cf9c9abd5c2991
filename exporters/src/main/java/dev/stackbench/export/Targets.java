package dev.stackbench.export;

import dev.stackbench.export.checklist.ChecklistEvidence;
import dev.stackbench.export.checklist.ChecklistReports;
import dev.stackbench.export.javalin.JavalinExporter;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.plan.SchemaChange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The export targets by name; each renders a full project (sources plus the shared artifacts). */
public final class Targets {
    public static final List<String> NAMES = List.of(JavalinExporter.TARGET);

    private Targets() {
    }

    /** The model's choices {@code target} cannot do (lint shows them as errors, export refuses them). */
    public static List<Finding> refusals(Project project, String target) {
        return capabilities(target).refusals(project);
    }

    static List<GeneratedFile> render(Project project, String target) {
        List<Finding> refused = refusals(project, target);
        if (!refused.isEmpty()) {
            throw new UnsupportedChoiceException(refused.stream().map(Finding::message)
                    .collect(Collectors.joining("\n")));
        }
        List<GeneratedFile> files = new ArrayList<>(JavalinExporter.files(project));
        files.addAll(ArtifactWriters.all(project));
        ChecklistReport report = ChecklistEvidence.locate(Checklist.evaluate(project), files);
        files.add(new GeneratedFile("PRODUCTION_CHECKLIST.md", ChecklistReports.markdown(report)));
        files.add(new GeneratedFile("checklist.json", ChecklistReports.json(report)));
        files.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return files;
    }

    static String migration(Project project, List<SchemaChange> changes) {
        return JavalinExporter.migration(project, changes);
    }

    private static TargetCapabilities capabilities(String target) {
        if (!NAMES.contains(target)) {
            throw new IllegalArgumentException("Unknown target '" + target + "'; available: " + String.join(", ", NAMES));
        }
        return JavalinExporter.CAPABILITIES;
    }
}
