package dev.stackbench.importer.db;

import java.util.List;
import java.util.Optional;

/** What the JDBC metadata says about one database schema, before any mapping. */
record DbSchema(List<DbTable> tables) {

    record DbTable(String name, List<DbColumn> columns, List<String> primaryKey, List<DbForeignKey> foreignKeys,
                   List<DbIndex> indexes, List<String> checks) {
        Optional<DbColumn> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }

        Optional<DbForeignKey> foreignKey(String column) {
            return foreignKeys.stream().filter(fk -> fk.column().equalsIgnoreCase(column)).findFirst();
        }

        /** A single-column unique index (not the primary key's) makes the column unique. */
        boolean unique(String column) {
            return indexes.stream().anyMatch(i -> i.unique() && i.columns().size() == 1
                    && i.columns().get(0).equalsIgnoreCase(column) && !i.columns().equals(primaryKey));
        }
    }

    /** {@code jdbcType} is a {@link java.sql.Types} constant; {@code size} the length or precision. */
    record DbColumn(String name, int jdbcType, String typeName, int size, int digits, boolean nullable,
                    String defaultValue) {
    }

    /** {@code deleteRule} is a {@link java.sql.DatabaseMetaData} {@code importedKey…} constant. */
    record DbForeignKey(String column, String referencedTable, String referencedColumn, int deleteRule) {
    }

    record DbIndex(String name, List<String> columns, boolean unique) {
    }
}
