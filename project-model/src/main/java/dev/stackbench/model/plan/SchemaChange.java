package dev.stackbench.model.plan;

/**
 * One step of a schema migration, as {@link PlanDiff} orders them. Tables and columns are matched by the stable
 * element id of the model element they come from, so a renamed field is a {@link RenameColumn}, never a drop
 * and an add. Dialect writers (H2 live, PostgreSQL export) render each step.
 */
public sealed interface SchemaChange {
    /** A one-line human description, e.g. {@code add column posts.summary}. */
    String describe();

    record CreateTable(Table table) implements SchemaChange {
        public String describe() { return "create table " + table.name(); }
    }

    record DropTable(Table table) implements SchemaChange {
        public String describe() { return "drop table " + table.name(); }
    }

    record RenameTable(String from, String to) implements SchemaChange {
        public String describe() { return "rename table " + from + " to " + to; }
    }

    record AddColumn(String table, Column column) implements SchemaChange {
        public String describe() { return "add column " + table + "." + column.name(); }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        public String describe() { return "drop column " + table + "." + column.name(); }
    }

    record RenameColumn(String table, String from, String to) implements SchemaChange {
        public String describe() { return "rename column " + table + "." + from + " to " + to; }
    }

    /** Type, nullability, uniqueness or default changed; {@code from} and {@code to} carry the new name already. */
    record AlterColumn(String table, Column from, Column to) implements SchemaChange {
        public String describe() { return "alter column " + table + "." + to.name(); }
    }

    record AddIndex(String table, PlanIndex index) implements SchemaChange {
        public String describe() { return "add index " + index.name() + " on " + table; }
    }

    record DropIndex(String table, PlanIndex index) implements SchemaChange {
        public String describe() { return "drop index " + index.name(); }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String describe() { return "add foreign key " + foreignKey.name() + " on " + table; }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        public String describe() { return "drop foreign key " + foreignKey.name() + " on " + table; }
    }
}
