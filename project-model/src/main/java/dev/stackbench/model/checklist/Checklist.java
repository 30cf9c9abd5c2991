package dev.stackbench.model.checklist;

import dev.stackbench.model.ChecklistState;
import dev.stackbench.model.Project;

import java.util.List;

/** Evaluates the production checklist of a project; manual confirmations stored in the model close open items. */
public final class Checklist {
    private Checklist() {
    }

    public static List<ChecklistItem> items() {
        return ChecklistItems.ALL;
    }

    public static ChecklistReport evaluate(Project project) {
        ChecklistContext context = ChecklistContext.of(project);
        return new ChecklistReport(items().stream().map(item -> result(item, context, project.checklist())).toList());
    }

    private static ItemResult result(ChecklistItem item, ChecklistContext context, ChecklistState manual) {
        Evaluation evaluation = item.evaluate().apply(context);
        ChecklistState.Confirmation confirmation = manual.confirmations().get(item.id());
        if (evaluation.satisfied()) {
            return new ItemResult(item, ItemState.SATISFIED, evaluation.reason(), null, "", null, 0);
        }
        if (confirmation != null && confirmation.confirmed()) {
            return new ItemResult(item, ItemState.MANUAL_CONFIRMED, evaluation.reason(), evaluation.setting(),
                    confirmation.note(), null, 0);
        }
        return new ItemResult(item, ItemState.OPEN, evaluation.reason(), evaluation.setting(), "", null, 0);
    }
}
