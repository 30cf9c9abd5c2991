package dev.stackbench.model;

import java.util.Map;
import java.util.TreeMap;

/** Manual confirmations of checklist items that cannot be derived from the model, keyed by item id. */
public record ChecklistState(Map<String, Confirmation> confirmations) {
    public ChecklistState {
        confirmations = confirmations == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(confirmations));
    }

    public static ChecklistState empty() {
        return new ChecklistState(Map.of());
    }

    public ChecklistState confirm(String itemId, String note) {
        Map<String, Confirmation> copy = new TreeMap<>(confirmations);
        copy.put(itemId, new Confirmation(true, note));
        return new ChecklistState(copy);
    }

    public record Confirmation(boolean confirmed, String note) {
        public Confirmation {
            note = note == null ? "" : note;
        }
    }
}
