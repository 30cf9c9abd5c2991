package dev.stackbench.export.sql;

import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;

/**
 * What differs between the databases an export can target, and only that: {@link Migrations} walks the
 * relational plan once and asks the dialect how each piece is spelled. A new database is one more implementation.
 */
public interface SqlDialect {

    /** The dialect of a model's database choice; {@code null} when no export writes SQL for it. */
    static SqlDialect of(DatabaseKind database) {
        return switch (database) {
            case POSTGRESQL -> PostgresDialect.INSTANCE;
            case MYSQL -> MysqlDialect.INSTANCE;
            case H2 -> null;
        };
    }

    /** A quoted identifier, so reserved words such as {@code order}, {@code user} or {@code key} are names. */
    String quote(String identifier);

    /** The whole definition of a table's own id column, primary key included. */
    String idColumn(Column id);

    String type(SqlType type);

    /** Appended to every CREATE TABLE (storage engine, character set); empty when the defaults are right. */
    String tableOptions();

    /** Changes a column's type and nullability to {@code to}'s; empty when nothing the database keeps changed. */
    String alterColumn(String table, Column from, Column to);

    String dropIndex(String table, String index);

    String dropForeignKey(String table, String foreignKey);
}
