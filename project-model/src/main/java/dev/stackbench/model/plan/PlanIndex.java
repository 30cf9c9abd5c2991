package dev.stackbench.model.plan;

import java.util.List;

/** An index of the plan; {@code derived} when the plan added it by default (FK, filter or sort field). */
public record PlanIndex(String name, List<String> columns, boolean unique, boolean derived) {
    public PlanIndex {
        columns = List.copyOf(columns);
    }
}
