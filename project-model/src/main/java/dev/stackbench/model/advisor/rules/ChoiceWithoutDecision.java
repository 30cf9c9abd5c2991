package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** REQ-4: Every technology choice is a trade-off; a short decision record says what was chosen, why, and what was given up, so the next engineer does not relitigate it. */
final class ChoiceWithoutDecision extends BaseRule {
    ChoiceWithoutDecision() {
        super("REQ-4", Severity.ADVICE, "Every technology choice is a trade-off; a short decision record says what was chosen, why, and what was given up, so the next engineer does not relitigate it.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> topics = new java.util.HashSet<>();
        c.project().decisions().forEach(d -> topics.add(d.topic()));
        java.util.List<String> needed = new ArrayList<>(List.of("database"));
        if (c.project().auth().enabled()) {
            needed.add("auth");
        }
        if (!c.project().channels().isEmpty()) {
            needed.add("realtime");
        }
        for (String topic : needed) {
            if (!topics.contains(topic)) {
                out.add(finding(ModelPath.section("decisions", "Decisions: " + topic), "The " + topic
                        + " choice has no decision record. Add one with the rationale and the alternatives."));
            }
        }
        return out;
    }
}
