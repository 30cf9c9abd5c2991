package dev.stackbench.export.sql;

import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.SqlType;

/**
 * MySQL 8 and MariaDB 10.11+ (and H2 in MariaDB mode, which the exported tests use). Tables are InnoDB (foreign
 * keys, transactions) in utf8mb4 with the binary collation, so comparisons, unique keys and sorting are
 * case-sensitive code-point order as on PostgreSQL and the live backend, not MySQL's case-insensitive default.
 * Timestamps are DATETIME(6) holding UTC (the exported app's connection time zone), not TIMESTAMP, which ends
 * in 2038; UUIDs are CHAR(36), as MySQL 8 has no UUID type.
 */
final class MysqlDialect implements SqlDialect {
    static final MysqlDialect INSTANCE = new MysqlDialect();

    private MysqlDialect() {
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public String idColumn(Column id) {
        return id.type().kind() == SqlType.Kind.UUID ? quote(id.name()) + " CHAR(36) PRIMARY KEY"
                : quote(id.name()) + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public String type(SqlType type) {
        return switch (type.kind()) {
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "LONGTEXT";
            case INTEGER -> "INT";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case TIMESTAMP -> "DATETIME(6)";
            case UUID -> "CHAR(36)";
            default -> type.kind().name();
        };
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    }

    /** MODIFY restates the whole column; its unique key is an index of its own and stays. */
    @Override
    public String alterColumn(String table, Column from, Column to) {
        return "ALTER TABLE " + quote(table) + " MODIFY COLUMN " + quote(to.name()) + " " + type(to.type())
                + (to.nullable() ? " NULL" : " NOT NULL");
    }

    @Override
    public String dropIndex(String table, String index) {
        return "DROP INDEX " + quote(index) + " ON " + quote(table);
    }

    @Override
    public String dropForeignKey(String table, String foreignKey) {
        return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(foreignKey);
    }
}
