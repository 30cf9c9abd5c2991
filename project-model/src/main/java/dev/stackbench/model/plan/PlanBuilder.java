package dev.stackbench.model.plan;

import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the relational plan from a project: one table per entity (id, fields, foreign keys, timestamps), one
 * join table per many-to-many, and the derived indexes (every foreign key and every filterable or sortable field,
 * unless turned off). Relationships to missing entities are skipped: they are advisor errors, not crashes.
 */
public final class PlanBuilder {
    private final Project project;
    private final Map<String, List<Column>> extraColumns = new LinkedHashMap<>();
    private final Map<String, List<ForeignKey>> extraForeignKeys = new LinkedHashMap<>();
    /** Relationships whose foreign-key index the user turned off, looked up once per column. */
    private final Set<String> fkIndexOff;
    private final Map<String, List<Endpoint>> endpointsByEntity;

    private PlanBuilder(Project project) {
        this.project = project;
        this.fkIndexOff = project.entities().stream().flatMap(e -> e.relationships().stream())
                .filter(Relationship::fkIndexOff).map(Relationship::id).collect(java.util.stream.Collectors.toSet());
        this.endpointsByEntity = project.endpoints().stream().filter(e -> e.entityId() != null)
                .collect(java.util.stream.Collectors.groupingBy(Endpoint::entityId));
    }

    public static RelationalPlan build(Project project) {
        return new PlanBuilder(project).plan();
    }

    private RelationalPlan plan() {
        collectInverseForeignKeys();
        List<Table> tables = new ArrayList<>();
        for (Entity entity : project.entities()) {
            tables.add(entityTable(entity));
        }
        for (Entity entity : project.entities()) {
            for (Relationship r : entity.relationships()) {
                if (r.kind() == RelationKind.MANY_TO_MANY) {
                    project.entity(r.targetEntityId()).ifPresent(target -> tables.add(joinTable(entity, r, target)));
                }
            }
        }
        return new RelationalPlan(TableOrder.referencedFirst(tables));
    }

    private SqlType idType() {
        return project.apiStyle().ids() == ApiStyle.IdStyle.UUID ? SqlType.of(SqlType.Kind.UUID)
                : SqlType.of(SqlType.Kind.BIGINT);
    }

    /** One-to-many relationships put their foreign key on the target's table. */
    private void collectInverseForeignKeys() {
        for (Entity source : project.entities()) {
            for (Relationship r : source.relationships()) {
                if (r.kind() != RelationKind.ONE_TO_MANY) {
                    continue;
                }
                Optional<Entity> target = project.entity(r.targetEntityId());
                if (target.isEmpty()) {
                    continue;
                }
                String fkName = r.inverseName() == null || r.inverseName().isBlank() ? source.name() : r.inverseName();
                String column = Naming.foreignKeyColumn(fkName);
                extraColumns.computeIfAbsent(target.get().id(), k -> new ArrayList<>()).add(
                        new Column(r.id(), column, Naming.foreignKeyProperty(fkName), idType(), !r.required(), false,
                                null, Column.Role.FOREIGN_KEY));
                extraForeignKeys.computeIfAbsent(target.get().id(), k -> new ArrayList<>()).add(
                        foreignKey(r.id(), Naming.tableName(target.get()), column, Naming.tableName(source),
                                r.onDelete()));
            }
        }
    }

    private Table entityTable(Entity entity) {
        String table = Naming.tableName(entity);
        List<Column> columns = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        columns.add(new Column(entity.id() + "#id", "id", "id", idType(), false, false, null, Column.Role.ID));
        for (Field field : entity.fields()) {
            columns.add(new Column(field.id(), Naming.column(field), Naming.property(field), SqlType.forField(field),
                    !field.required(), field.unique(), field.defaultValue(), Column.Role.FIELD));
        }
        for (Relationship r : entity.relationships()) {
            if (!r.kind().foreignKeyOnSource() || project.entity(r.targetEntityId()).isEmpty()) {
                continue;
            }
            String column = Naming.foreignKeyColumn(r.name());
            columns.add(new Column(r.id(), column, Naming.foreignKeyProperty(r.name()), idType(), !r.required(),
                    r.kind() == RelationKind.ONE_TO_ONE, null, Column.Role.FOREIGN_KEY));
            foreignKeys.add(foreignKey(r.id(), table, column, Naming.tableName(project.entity(r.targetEntityId())
                    .orElseThrow()), r.onDelete()));
        }
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.name()));
        for (Column extra : extraColumns.getOrDefault(entity.id(), List.of())) {
            if (names.add(extra.name())) {
                columns.add(extra);
            }
        }
        for (ForeignKey extra : extraForeignKeys.getOrDefault(entity.id(), List.of())) {
            if (foreignKeys.stream().noneMatch(fk -> fk.column().equals(extra.column()))) {
                foreignKeys.add(extra);
            }
        }
        if (entity.hasTimestamps()) {
            SqlType ts = SqlType.of(SqlType.Kind.TIMESTAMP);
            columns.add(new Column(entity.id() + "#createdAt", "created_at", "createdAt", ts, false, false, null,
                    Column.Role.CREATED_AT));
            columns.add(new Column(entity.id() + "#updatedAt", "updated_at", "updatedAt", ts, false, false, null,
                    Column.Role.UPDATED_AT));
        }
        return new Table(entity.id(), entity.id(), table, columns, List.of("id"), foreignKeys,
                indexes(entity, table, columns, foreignKeys));
    }

    private List<PlanIndex> indexes(Entity entity, String table, List<Column> columns, List<ForeignKey> fks) {
        List<PlanIndex> indexes = new ArrayList<>();
        for (Index index : entity.indexes()) {
            List<String> cols = index.elementIds().stream()
                    .flatMap(id -> columns.stream().filter(c -> c.elementId().equals(id)).map(Column::name).limit(1))
                    .toList();
            if (!cols.isEmpty()) {
                String name = index.name() != null && !index.name().isBlank() ? index.name()
                        : indexName(index.unique() ? "uq" : "idx", table, cols);
                indexes.add(new PlanIndex(name, cols, index.unique(), false));
            }
        }
        for (ForeignKey fk : fks) {
            columns.stream().filter(c -> c.name().equals(fk.column())).findFirst()
                    .filter(c -> !autoIndexOff(entity, c))
                    .ifPresent(c -> addDerived(indexes, table, columns, c.name()));
        }
        for (String property : queriedProperties(entity)) {
            columns.stream().filter(c -> c.property().equals(property)).findFirst()
                    .filter(c -> !autoIndexOff(entity, c))
                    .ifPresent(c -> addDerived(indexes, table, columns, c.name()));
        }
        return indexes;
    }

    /** The user turned the derived index off on the field or relationship the column comes from. */
    private boolean autoIndexOff(Entity entity, Column column) {
        if (column.role() == Column.Role.FIELD) {
            return entity.field(column.elementId()).map(Field::autoIndexOff).orElse(false);
        }
        return fkIndexOff.contains(column.elementId());
    }

    /** Filterable and sortable properties over all endpoints of the entity, in a stable order. */
    private Set<String> queriedProperties(Entity entity) {
        Set<String> properties = new LinkedHashSet<>();
        for (Endpoint endpoint : endpointsByEntity.getOrDefault(entity.id(), List.of())) {
            properties.addAll(endpoint.filterable());
            properties.addAll(endpoint.sortable());
        }
        return properties;
    }

    /** Adds a single-column index unless the column is the key, unique, or already leads an index. */
    private static void addDerived(List<PlanIndex> indexes, String table, List<Column> columns, String column) {
        boolean covered = column.equals("id")
                || columns.stream().anyMatch(c -> c.name().equals(column) && c.unique())
                || indexes.stream().anyMatch(i -> i.columns().get(0).equals(column));
        if (!covered) {
            indexes.add(new PlanIndex(indexName("idx", table, List.of(column)), List.of(column), false, true));
        }
    }

    private Table joinTable(Entity source, Relationship r, Entity target) {
        String name = r.joinTable() != null && !r.joinTable().isBlank() ? r.joinTable()
                : Naming.snake(source.name()) + "_" + Naming.tableName(target);
        String left = Naming.foreignKeyColumn(source.name());
        String right = source.id().equals(target.id()) ? Naming.foreignKeyColumn(r.name())
                : Naming.foreignKeyColumn(target.name());
        List<Column> columns = List.of(
                new Column(r.id() + "#source", left, Naming.foreignKeyProperty(source.name()), idType(), false, false,
                        null, Column.Role.FOREIGN_KEY),
                new Column(r.id() + "#target", right, Naming.foreignKeyProperty(target.name()), idType(), false,
                        false, null, Column.Role.FOREIGN_KEY));
        List<ForeignKey> fks = List.of(
                foreignKey(r.id() + "#source", name, left, Naming.tableName(source), OnDelete.CASCADE),
                foreignKey(r.id() + "#target", name, right, Naming.tableName(target), OnDelete.CASCADE));
        List<PlanIndex> indexes = r.fkIndexOff() ? List.of()
                : List.of(new PlanIndex(indexName("idx", name, List.of(right)), List.of(right), false, true));
        return new Table(r.id(), null, name, columns, List.of(left, right), fks, indexes);
    }

    private static ForeignKey foreignKey(String elementId, String table, String column, String referenced,
                                         OnDelete onDelete) {
        return new ForeignKey(elementId, shorten("fk_" + table + "_" + column), column, referenced, "id", onDelete);
    }

    static String indexName(String prefix, String table, List<String> columns) {
        return shorten(prefix + "_" + table + "_" + String.join("_", columns));
    }

    /** PostgreSQL truncates identifiers at 63 bytes; keep names unique by a short hash instead. */
    static String shorten(String name) {
        if (name.length() <= 63) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, 63 - hash.length() - 1) + "_" + hash;
    }
}
