package dev.stackbench.export.checklist;

import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.checklist.ChecklistReport;
import dev.stackbench.model.checklist.ItemResult;
import dev.stackbench.model.checklist.ItemState;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Points each satisfied checklist item at the exported file and line that satisfies it, by searching the
 * rendered files for the item's evidence pattern (main sources first, then tests, then the rest). An item the
 * model satisfies but the export does not show is reopened: the checklist never claims what the code lacks.
 */
public final class ChecklistEvidence {
    private ChecklistEvidence() {
    }

    public static ChecklistReport locate(ChecklistReport report, List<GeneratedFile> files) {
        List<GeneratedFile> ordered = files.stream().filter(f -> !f.path().endsWith(".md")
                && !f.path().startsWith(".stackbench")).sorted(Comparator.comparingInt(ChecklistEvidence::rank)
                .thenComparing(GeneratedFile::path)).toList();
        return report.map(r -> r.state() != ItemState.SATISFIED || r.item().evidence() == null ? r
                : find(r, Pattern.compile(r.item().evidence()), ordered));
    }

    private static ItemResult find(ItemResult r, Pattern pattern, List<GeneratedFile> files) {
        for (GeneratedFile f : files) {
            if (pattern.matcher(f.path()).find()) {
                return r.withEvidence(f.path(), 1);
            }
            String[] lines = f.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!comment(lines[i]) && pattern.matcher(lines[i]).find()) {
                    return r.withEvidence(f.path(), i + 1);
                }
            }
        }
        return new ItemResult(r.item(), ItemState.OPEN, "The model asks for it but the export has no code for it yet",
                r.setting(), r.note(), null, 0);
    }

    /** Documentation is not evidence: only code and configuration lines count. */
    private static boolean comment(String line) {
        String t = line.trim();
        return t.startsWith("*") || t.startsWith("/*") || t.startsWith("//") || t.startsWith("<!--")
                || t.startsWith("--");
    }

    private static int rank(GeneratedFile f) {
        if (f.path().startsWith("src/main/java/")) {
            return 0;
        }
        if (f.path().startsWith("src/main/")) {
            return 1;
        }
        return f.path().startsWith("src/test/") ? 2 : 3;
    }
}
