package dev.stackbench.model.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders tables so referenced tables come first. Cycles (which a model may contain) keep their model order;
 * DDL writers therefore create tables first and add foreign keys afterwards.
 */
final class TableOrder {
    private TableOrder() {
    }

    static List<Table> referencedFirst(List<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.putIfAbsent(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        Map<String, Boolean> visiting = new LinkedHashMap<>();
        for (Table table : byName.values()) {
            visit(table, byName, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(Table table, Map<String, Table> byName, Map<String, Boolean> state, List<Table> out) {
        if (state.containsKey(table.name())) {
            return;
        }
        state.put(table.name(), Boolean.TRUE);
        for (ForeignKey fk : table.foreignKeys()) {
            Table referenced = byName.get(fk.referencedTable());
            if (referenced != null && !referenced.name().equals(table.name())) {
                visit(referenced, byName, state, out);
            }
        }
        out.add(table);
    }
}
