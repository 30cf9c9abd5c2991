package dev.stackbench.export;

import java.util.List;

/**
 * What an export did, per file path: written fresh or updated from the model, left unchanged, user edits kept,
 * merged (both changed, no overlap), conflicts (both changed the same lines; the new version is written beside
 * the user's file as {@code FILE.stackbench-new}), removed, and migrations added from the plan diff.
 */
public record ExportResult(List<String> written, List<String> unchanged, List<String> kept, List<String> merged,
                           List<String> conflicts, List<String> removed, List<String> migrationsAdded) {
    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    public String summary() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + kept.size() + " kept as edited, "
                + merged.size() + " merged, " + conflicts.size() + " conflicts, " + removed.size() + " removed"
                + (migrationsAdded.isEmpty() ? "" : ", new migration " + String.join(", ", migrationsAdded));
    }
}
