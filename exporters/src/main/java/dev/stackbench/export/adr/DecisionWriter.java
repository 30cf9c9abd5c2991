package dev.stackbench.export.adr;

import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.List;

/** One Architecture Decision Record per decision of the model ({@code docs/decisions/NNNN-title.md}) and an index. */
public final class DecisionWriter {
    private DecisionWriter() {
    }

    public static List<GeneratedFile> write(Project project) {
        List<GeneratedFile> out = new ArrayList<>();
        StringBuilder index = new StringBuilder("# Architecture decisions\n\nRecorded while modelling "
                + project.meta().name() + " in Stackbench.\n\n");
        int n = 1;
        for (Decision d : project.decisions()) {
            String file = String.format("%04d-%s.md", n++, slug(d.title()));
            out.add(new GeneratedFile("docs/decisions/" + file, record(d)));
            index.append("- [").append(d.title()).append("](").append(file).append(") — ").append(d.status())
                    .append('\n');
        }
        if (project.decisions().isEmpty()) {
            index.append("No decisions recorded yet.\n");
        }
        out.add(new GeneratedFile("docs/decisions/README.md", index.toString()));
        return out;
    }

    private static String record(Decision d) {
        StringBuilder b = new StringBuilder("# " + d.title() + "\n\n");
        b.append("- Status: ").append(d.status()).append('\n');
        b.append("- Topic: ").append(d.topic() == null ? "general" : d.topic()).append("\n\n");
        b.append("## Decision\n\n").append(d.choice() == null ? "" : d.choice()).append("\n\n");
        b.append("## Why\n\n").append(d.rationale().isBlank() ? "Not recorded." : d.rationale()).append("\n\n");
        b.append("## Alternatives considered\n\n");
        if (d.alternatives().isEmpty()) {
            b.append("None recorded.\n");
        }
        d.alternatives().forEach(a -> b.append("- ").append(a).append('\n'));
        return b.toString();
    }

    private static String slug(String title) {
        String kebab = Naming.kebab(title.replaceAll("[^A-Za-z0-9 ]+", " ").trim());
        return kebab.isBlank() ? "decision" : kebab;
    }
}
