package dev.stackbench.export.adr;

import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.TemplateFolder;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One MADR-style Architecture Decision Record per decision of the model ({@code docs/decisions/NNNN-title.md}: status,
 * context, decision with its rationale, alternatives, consequences) and an index. Numbers follow the model's order,
 * so a re-export keeps every record's file name.
 */
public final class DecisionWriter {
    private static final String FOLDER = "docs/decisions/";

    private DecisionWriter() {
    }

    public static List<GeneratedFile> write(Project project) {
        List<Record> records = new ArrayList<>();
        int n = 1;
        for (Decision d : project.decisions()) {
            records.add(Record.of(project, d, n++));
        }
        List<GeneratedFile> out = new ArrayList<>();
        records.forEach(r -> out.add(new GeneratedFile(FOLDER + r.file(),
                TemplateFolder.renderFile("artifacts/adr/decision.md", r))));
        out.add(new GeneratedFile(FOLDER + "README.md", TemplateFolder.renderFile("artifacts/adr/index.md",
                new Index(project.meta().name(), records))));
        return out;
    }

    /** What one record's template reads. */
    record Record(String file, String project, String title, String status, String topic, String choice,
                  String rationale, List<String> alternatives) {

        static Record of(Project project, Decision d, int number) {
            return new Record(String.format("%04d-%s.md", number, slug(d.title())), project.meta().name(),
                    d.title(), d.status(), d.topic() == null || d.topic().isBlank() ? "general" : d.topic(),
                    d.choice() == null ? "" : d.choice(),
                    d.rationale().isBlank() ? "The rationale was not recorded." : d.rationale(), d.alternatives());
        }
    }

    record Index(String project, List<Record> records) {
    }

    /** Lower-case words joined by dashes, as people write them ({@code postgresql}, not {@code postgre-sql}). */
    private static String slug(String title) {
        String kebab = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return kebab.isBlank() ? "decision" : kebab;
    }
}
