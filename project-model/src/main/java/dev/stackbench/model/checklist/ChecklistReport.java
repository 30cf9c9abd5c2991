package dev.stackbench.model.checklist;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Every item's result, each gate's score (2 all done, 1 only advice open, 0 otherwise) and the total of 12. */
public record ChecklistReport(List<ItemResult> items) {
    public ChecklistReport {
        items = List.copyOf(items);
    }

    public Map<Gate, Integer> gateScores() {
        Map<Gate, Integer> scores = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            List<ItemResult> inGate = items.stream().filter(r -> r.item().gate() == gate).toList();
            boolean allDone = inGate.stream().allMatch(ItemResult::done);
            boolean requiredDone = inGate.stream().filter(r -> r.item().required()).allMatch(ItemResult::done);
            scores.put(gate, allDone ? 2 : requiredDone ? 1 : 0);
        }
        return scores;
    }

    public int total() {
        return gateScores().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The CLI's {@code checklist} command exits 1 while this is true. */
    public boolean securityGateOpen() {
        return items.stream().anyMatch(r -> r.item().gate() == Gate.SECURITY && !r.done());
    }

    public ChecklistReport map(UnaryOperator<ItemResult> edit) {
        return new ChecklistReport(items.stream().map(edit).toList());
    }
}
