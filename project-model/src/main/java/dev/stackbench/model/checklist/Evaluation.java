package dev.stackbench.model.checklist;

import dev.stackbench.model.advisor.ModelPath;

/** What the model says about one item: satisfied or not, why, and the setting that closes it when open. */
public record Evaluation(boolean satisfied, String reason, ModelPath setting) {
    public static Evaluation satisfied(String reason) {
        return new Evaluation(true, reason, null);
    }

    public static Evaluation open(String reason, ModelPath setting) {
        return new Evaluation(false, reason, setting);
    }

    public static Evaluation when(boolean condition, String satisfiedReason, String openReason, ModelPath setting) {
        return condition ? satisfied(satisfiedReason) : open(openReason, setting);
    }
}
