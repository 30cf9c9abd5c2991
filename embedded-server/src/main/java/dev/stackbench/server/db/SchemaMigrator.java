package dev.stackbench.server.db;

import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.PlanDiff;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SchemaChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.stackbench.server.db.Sql.q;

/**
 * Applies {@link PlanDiff} changes to H2 in place, keeping every row whose columns survive. A new required
 * column is added nullable, filled (model default, a neutral value, or the first referenced row) and then made
 * NOT NULL. Creating a schema is the diff from an empty plan, so start-up and reload share one path.
 */
public final class SchemaMigrator {
    private SchemaMigrator() {
    }

    public static List<SchemaChange> create(Connection admin, RelationalPlan plan) throws SQLException {
        return migrate(admin, new RelationalPlan(List.of()), plan);
    }

    public static List<SchemaChange> migrate(Connection admin, RelationalPlan from, RelationalPlan to)
            throws SQLException {
        List<SchemaChange> changes = PlanDiff.between(from, to);
        try (Statement st = admin.createStatement()) {
            for (SchemaChange change : changes) {
                apply(st, admin, change, to);
            }
        }
        return changes;
    }

    private static void apply(Statement st, Connection admin, SchemaChange change, RelationalPlan to)
            throws SQLException {
        if (change instanceof SchemaChange.CreateTable c) {
            st.execute(H2Ddl.createTable(c.table()));
        } else if (change instanceof SchemaChange.DropTable c) {
            st.execute("DROP TABLE " + q(c.table().name()) + " CASCADE");
        } else if (change instanceof SchemaChange.RenameTable c) {
            st.execute("ALTER TABLE " + q(c.from()) + " RENAME TO " + q(c.to()));
        } else if (change instanceof SchemaChange.RenameColumn c) {
            st.execute("ALTER TABLE " + q(c.table()) + " ALTER COLUMN " + q(c.from()) + " RENAME TO " + q(c.to()));
        } else if (change instanceof SchemaChange.DropColumn c) {
            st.execute("ALTER TABLE " + q(c.table()) + " DROP COLUMN " + q(c.column().name()));
        } else if (change instanceof SchemaChange.AddColumn c) {
            addColumn(st, admin, c.table(), c.column(), to);
        } else if (change instanceof SchemaChange.AlterColumn c) {
            alterColumn(st, admin, c, to);
        } else if (change instanceof SchemaChange.AddIndex c) {
            st.execute(H2Ddl.createIndex(c.table(), c.index()));
        } else if (change instanceof SchemaChange.DropIndex c) {
            st.execute("DROP INDEX IF EXISTS " + q(c.index().name()));
        } else if (change instanceof SchemaChange.AddForeignKey c) {
            st.execute(H2Ddl.addForeignKey(c.table(), c.foreignKey()));
        } else if (change instanceof SchemaChange.DropForeignKey c) {
            st.execute("ALTER TABLE " + q(c.table()) + " DROP CONSTRAINT IF EXISTS " + q(c.foreignKey().name()));
        }
    }

    private static void addColumn(Statement st, Connection admin, String table, Column column, RelationalPlan to)
            throws SQLException {
        Column relaxed = new Column(column.elementId(), column.name(), column.property(), column.type(), true,
                column.unique(), column.defaultValue(), column.role());
        st.execute("ALTER TABLE " + q(table) + " ADD COLUMN " + H2Ddl.columnDefinition(relaxed, false));
        if (!column.nullable()) {
            fillAndRequire(st, admin, table, column, to);
        }
    }

    private static void fillAndRequire(Statement st, Connection admin, String table, Column column,
                                       RelationalPlan to) throws SQLException {
        Object fill = FillValues.forColumn(admin, column, to);
        if (fill != null) {
            try (PreparedStatement ps = admin.prepareStatement("UPDATE " + q(table) + " SET " + q(column.name())
                    + " = ? WHERE " + q(column.name()) + " IS NULL")) {
                ps.setObject(1, fill);
                ps.executeUpdate();
            }
        }
        if (fill != null || isEmpty(st, table)) {
            st.execute("ALTER TABLE " + q(table) + " ALTER COLUMN " + q(column.name()) + " SET NOT NULL");
        }
    }

    private static boolean isEmpty(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + q(table))) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static void alterColumn(Statement st, Connection admin, SchemaChange.AlterColumn c, RelationalPlan to)
            throws SQLException {
        String column = q(c.to().name());
        if (!c.from().type().equals(c.to().type())) {
            try {
                st.execute("ALTER TABLE " + q(c.table()) + " ALTER COLUMN " + column + " SET DATA TYPE "
                        + H2Ddl.type(c.to().type()));
            } catch (SQLException conversionFailed) {
                // Values that cannot convert are lost for this column only; the rows themselves survive.
                st.execute("ALTER TABLE " + q(c.table()) + " DROP COLUMN " + column);
                addColumn(st, admin, c.table(), c.to(), to);
                return;
            }
        }
        if (c.from().nullable() != c.to().nullable()) {
            if (c.to().nullable()) {
                st.execute("ALTER TABLE " + q(c.table()) + " ALTER COLUMN " + column + " DROP NOT NULL");
            } else {
                fillAndRequire(st, admin, c.table(), c.to(), to);
            }
        }
        if (c.from().unique() != c.to().unique()) {
            UniqueConstraints.change(st, admin, c.table(), c.to().name(), c.to().unique());
        }
    }
}
