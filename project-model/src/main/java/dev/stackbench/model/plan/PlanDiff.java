package dev.stackbench.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ordered changes that turn plan {@code from} into plan {@code to}. Order: drop foreign keys and indexes
 * that change or go, drop tables (referencing ones first), rename tables, then per table rename, drop, alter
 * and add columns, create tables (referenced first), add indexes and foreign keys last — so every step is valid
 * on the schema the previous steps left.
 */
public final class PlanDiff {
    private PlanDiff() {
    }

    public static List<SchemaChange> between(RelationalPlan from, RelationalPlan to) {
        Map<String, Table> before = byElement(from.tables());
        Map<String, Table> after = byElement(to.tables());
        List<SchemaChange> drops = new ArrayList<>();
        List<SchemaChange> middle = new ArrayList<>();
        List<SchemaChange> adds = new ArrayList<>();
        for (Table old : from.tables()) {
            Table next = after.get(old.elementId());
            if (next == null) {
                old.foreignKeys().forEach(fk -> drops.add(new SchemaChange.DropForeignKey(old.name(), fk)));
            } else {
                constraintDrops(old, next, drops);
            }
        }
        List<Table> reversed = new ArrayList<>(from.tables());
        java.util.Collections.reverse(reversed);
        reversed.stream().filter(t -> !after.containsKey(t.elementId()))
                .forEach(t -> drops.add(new SchemaChange.DropTable(t)));
        for (Table old : from.tables()) {
            Table next = after.get(old.elementId());
            if (next != null && !old.name().equals(next.name())) {
                middle.add(new SchemaChange.RenameTable(old.name(), next.name()));
            }
        }
        for (Table next : to.tables()) {
            Table old = before.get(next.elementId());
            if (old == null) {
                adds.add(new SchemaChange.CreateTable(next));
            } else {
                columnChanges(old, next, middle);
            }
        }
        for (Table next : to.tables()) {
            Table old = before.get(next.elementId());
            constraintAdds(old, next, adds);
        }
        List<SchemaChange> all = new ArrayList<>(drops);
        all.addAll(middle);
        all.addAll(adds);
        return all;
    }

    private static Map<String, Table> byElement(List<Table> tables) {
        return tables.stream().collect(Collectors.toMap(Table::elementId, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static void columnChanges(Table old, Table next, List<SchemaChange> out) {
        Map<String, Column> after = next.columns().stream()
                .collect(Collectors.toMap(Column::elementId, Function.identity(), (a, b) -> a));
        Map<String, Column> before = old.columns().stream()
                .collect(Collectors.toMap(Column::elementId, Function.identity(), (a, b) -> a));
        for (Column c : old.columns()) {
            Column n = after.get(c.elementId());
            if (n != null && !n.name().equals(c.name())) {
                out.add(new SchemaChange.RenameColumn(next.name(), c.name(), n.name()));
            }
        }
        old.columns().stream().filter(c -> !after.containsKey(c.elementId()))
                .forEach(c -> out.add(new SchemaChange.DropColumn(next.name(), c)));
        for (Column c : old.columns()) {
            Column n = after.get(c.elementId());
            if (n != null && !sameShape(c, n)) {
                out.add(new SchemaChange.AlterColumn(next.name(), c, n));
            }
        }
        next.columns().stream().filter(c -> !before.containsKey(c.elementId()))
                .forEach(c -> out.add(new SchemaChange.AddColumn(next.name(), c)));
    }

    private static boolean sameShape(Column a, Column b) {
        return a.type().equals(b.type()) && a.nullable() == b.nullable() && a.unique() == b.unique()
                && Objects.equals(a.defaultValue(), b.defaultValue());
    }

    /** Indexes and foreign keys are compared by content under the new names; a changed one is dropped and added. */
    private static void constraintDrops(Table old, Table next, List<SchemaChange> out) {
        for (ForeignKey fk : old.foreignKeys()) {
            if (!containsForeignKey(next, old, fk)) {
                out.add(new SchemaChange.DropForeignKey(old.name(), fk));
            }
        }
        for (PlanIndex index : old.indexes()) {
            if (!containsIndex(next, old, index)) {
                out.add(new SchemaChange.DropIndex(old.name(), index));
            }
        }
    }

    private static void constraintAdds(Table old, Table next, List<SchemaChange> out) {
        for (PlanIndex index : next.indexes()) {
            if (old == null || !containsIndex(old, next, index)) {
                out.add(new SchemaChange.AddIndex(next.name(), index));
            }
        }
        for (ForeignKey fk : next.foreignKeys()) {
            if (old == null || !containsForeignKey(old, next, fk)) {
                out.add(new SchemaChange.AddForeignKey(next.name(), fk));
            }
        }
    }

    private static boolean containsForeignKey(Table in, Table owner, ForeignKey fk) {
        Optional<String> column = elementOf(owner, fk.column()).flatMap(id -> nameOf(in, id));
        return in.foreignKeys().stream().anyMatch(other -> other.elementId().equals(fk.elementId())
                && other.name().equals(fk.name()) && column.map(other.column()::equals).orElse(false)
                && other.referencedTable().equals(fk.referencedTable()) && other.onDelete() == fk.onDelete());
    }

    private static boolean containsIndex(Table in, Table owner, PlanIndex index) {
        List<Optional<String>> columns = index.columns().stream()
                .map(c -> elementOf(owner, c).flatMap(id -> nameOf(in, id))).toList();
        return in.indexes().stream().anyMatch(other -> other.name().equals(index.name())
                && other.unique() == index.unique() && other.columns().size() == columns.size()
                && java.util.stream.IntStream.range(0, columns.size())
                .allMatch(i -> columns.get(i).map(other.columns().get(i)::equals).orElse(false)));
    }

    private static Optional<String> elementOf(Table table, String columnName) {
        return table.column(columnName).map(Column::elementId);
    }

    private static Optional<String> nameOf(Table table, String elementId) {
        return table.columns().stream().filter(c -> c.elementId().equals(elementId)).map(Column::name).findFirst();
    }
}
