package dev.stackbench.server.db;

import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.ForeignKey;
import dev.stackbench.model.plan.RelationalPlan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static dev.stackbench.server.db.Sql.q;

/** The value existing rows get when a required column appears: the model default, else a neutral value. */
final class FillValues {
    private FillValues() {
    }

    static Object forColumn(Connection admin, Column column, RelationalPlan plan) throws SQLException {
        if (column.role() == Column.Role.FOREIGN_KEY) {
            return firstReferencedId(admin, column, plan);
        }
        if (column.role() == Column.Role.CREATED_AT || column.role() == Column.Role.UPDATED_AT) {
            return OffsetDateTime.now(ZoneOffset.UTC);
        }
        String text = column.defaultValue();
        return switch (column.type().kind()) {
            case VARCHAR, TEXT -> text == null ? "" : text;
            case JSON -> text == null ? "null" : text;
            case INTEGER -> text == null ? 0 : Integer.valueOf(text);
            case BIGINT -> text == null ? 0L : Long.valueOf(text);
            case DECIMAL -> text == null ? BigDecimal.ZERO : new BigDecimal(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case DATE -> text == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(text);
            case TIMESTAMP -> text == null ? OffsetDateTime.now(ZoneOffset.UTC) : OffsetDateTime.parse(text);
            case UUID -> text == null ? java.util.UUID.randomUUID() : java.util.UUID.fromString(text);
        };
    }

    private static Object firstReferencedId(Connection admin, Column column, RelationalPlan plan)
            throws SQLException {
        Optional<ForeignKey> fk = plan.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .filter(f -> f.elementId().equals(column.elementId())).findFirst();
        if (fk.isEmpty()) {
            return null;
        }
        try (Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT MIN(" + q(fk.get().referencedColumn()) + ") FROM "
                     + q(fk.get().referencedTable()))) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }
}
