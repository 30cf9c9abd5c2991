package dev.stackbench.export.javalin;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.ForeignKey;
import dev.stackbench.model.plan.PlanIndex;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SqlType;
import dev.stackbench.model.plan.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One exported resource as the Java sources need it: names (package, record class), its properties in the
 * contract's order with their Java types, its many-to-many links and its endpoints. Computed from the model and
 * the relational plan, so the export names things exactly as the live backend does.
 */
record ResourceModel(Entity entity, Table table, String segment, String className, String resource, String words,
                     List<Prop> props, List<LinkModel> links, List<List<String>> uniqueIndexes,
                     List<String[]> restrictedBy, List<Endpoint> endpoints) {

    /** A column as a record component and a schema property. */
    record Prop(String name, String column, Column.Role columnRole, String role, SqlType type, boolean nullable,
                boolean unique, Field field, String referencedTable, String referencedWords) {
        String javaName() {
            return JavaText.identifier(name);
        }

        boolean sensitive() {
            return role.equals("SENSITIVE");
        }
    }

    /** A many-to-many from this side: property, join table, own and other join columns, other table and words. */
    record LinkModel(String property, String joinTable, String selfColumn, String otherColumn, String otherTable,
                     String otherWords) {
    }

    static ResourceModel of(Project project, RelationalPlan plan, Entity entity) {
        Table table = plan.tableOfEntity(entity.id()).orElseThrow();
        String ownerElement = entity.owner().map(Relationship::id).orElse(null);
        List<Prop> props = new ArrayList<>();
        for (Column c : table.columns()) {
            Optional<Field> field = entity.field(c.elementId());
            String role = switch (c.role()) {
                case ID -> "ID";
                case CREATED_AT -> "CREATED_AT";
                case UPDATED_AT -> "UPDATED_AT";
                case FOREIGN_KEY -> c.elementId().equals(ownerElement) ? "OWNER" : "FOREIGN_KEY";
                case FIELD -> field.map(Field::sensitive).orElse(false) ? "SENSITIVE" : "FIELD";
            };
            String refTable = null;
            String refWords = null;
            if (c.role() == Column.Role.FOREIGN_KEY) {
                ForeignKey fk = table.foreignKeys().stream().filter(f -> f.column().equals(c.name())).findFirst()
                        .orElseThrow();
                refTable = fk.referencedTable();
                refWords = plan.table(refTable).flatMap(t -> t.entityId() == null ? Optional.empty()
                        : project.entity(t.entityId())).map(ResourceModel::words).orElse(refTable);
            }
            props.add(new Prop(c.property(), c.name(), c.role(), role, c.type(), c.nullable(), c.unique(),
                    field.orElse(null), refTable, refWords));
        }
        List<List<String>> unique = table.indexes().stream().filter(PlanIndex::unique).map(PlanIndex::columns)
                .toList();
        List<String[]> restricted = new ArrayList<>();
        for (Table t : plan.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean restricts = fk.onDelete() == null || fk.onDelete() == OnDelete.RESTRICT
                        || fk.onDelete() == OnDelete.UNSET;
                if (restricts && fk.referencedTable().equals(table.name())) {
                    restricted.add(new String[] {t.name(), fk.column()});
                }
            }
        }
        String resource = Naming.resourceName(entity);
        return new ResourceModel(entity, table, resource.replace("-", "").toLowerCase(java.util.Locale.ROOT),
                JavaText.className(Naming.pascal(entity.name())), resource, words(entity), props,
                links(project, plan, entity), unique, restricted, project.endpointsOf(entity.id()));
    }

    private static List<LinkModel> links(Project project, RelationalPlan plan, Entity self) {
        List<LinkModel> links = new ArrayList<>();
        for (Entity source : project.entities()) {
            for (Relationship r : source.relationships()) {
                Optional<Table> join = plan.tables().stream().filter(t -> t.elementId().equals(r.id())).findFirst();
                Optional<Entity> target = project.entity(r.targetEntityId());
                if (r.kind() != RelationKind.MANY_TO_MANY || join.isEmpty() || target.isEmpty()) {
                    continue;
                }
                List<Column> cols = join.get().columns();
                if (source.id().equals(self.id())) {
                    links.add(new LinkModel(Naming.linkIdsProperty(r, target.get()), join.get().name(),
                            cols.get(0).name(), cols.get(1).name(), Naming.tableName(target.get()),
                            words(target.get())));
                } else if (target.get().id().equals(self.id())) {
                    links.add(new LinkModel(Naming.camel(source.name()) + "Ids", join.get().name(),
                            cols.get(1).name(), cols.get(0).name(), Naming.tableName(source), words(source)));
                }
            }
        }
        return links;
    }

    static String words(Entity e) {
        return String.join(" ", Naming.words(e.name()));
    }

    /** Properties a row shows, in the contract's order: link ids go just before the timestamps. */
    List<Object> readableInOrder() {
        List<Object> out = new ArrayList<>();
        boolean linksDone = false;
        for (Prop p : props) {
            if (p.sensitive()) {
                continue;
            }
            if (!linksDone && (p.columnRole() == Column.Role.CREATED_AT || p.columnRole() == Column.Role.UPDATED_AT)) {
                out.addAll(links);
                linksDone = true;
            }
            out.add(p);
        }
        if (!linksDone) {
            out.addAll(links);
        }
        return out;
    }

    String idJavaType() {
        return props.get(0).type().kind() == SqlType.Kind.UUID ? "java.util.UUID" : "Long";
    }

    String javaPackage(String base) {
        return base + "." + segment;
    }

    /** {@code 5.0} → {@code 5}, {@code 2.5} → {@code 2.5}, as the contract prints bounds. */
    static String plain(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
