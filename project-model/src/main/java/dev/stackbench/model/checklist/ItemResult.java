package dev.stackbench.model.checklist;

import dev.stackbench.model.advisor.ModelPath;

/**
 * An item's state with its reason, the setting that closes it when open, a person's note when confirmed by hand,
 * and — filled in by exporters — the file and line of the exported code that satisfies it.
 */
public record ItemResult(ChecklistItem item, ItemState state, String reason, ModelPath setting, String note,
                         String evidenceFile, int evidenceLine) {
    public boolean done() {
        return state != ItemState.OPEN;
    }

    public ItemResult withEvidence(String file, int line) {
        return new ItemResult(item, state, reason, setting, note, file, line);
    }
}
