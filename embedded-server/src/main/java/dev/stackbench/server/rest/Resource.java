package dev.stackbench.server.rest;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.ForeignKey;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;
import dev.stackbench.server.db.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the REST layer needs about one entity, computed once per model: its table, the columns a row shows
 * (sensitive fields never: {@code readable}, in the order of {@code selectFrom}), the properties a client may write, the many-to-many links, the owner column and the
 * words used in messages ({@code blog post}).
 */
record Resource(Entity entity, Table table, Map<String, Column> writable, Map<String, Field> fields,
                List<Link> links, Column owner, String words, String resource, Map<String, String> referencedWords,
                List<Column> readable, String selectFrom) {

    static Resource of(Project project, RelationalPlan plan, Entity entity) {
        Table table = plan.tableOfEntity(entity.id()).orElseThrow();
        Map<String, Column> writable = new LinkedHashMap<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        Column owner = entity.owner().flatMap(r -> column(table, r.id())).orElse(null);
        Map<String, String> referencedWords = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Optional<Field> field = entity.field(c.elementId());
            if (c.role() == Column.Role.FIELD && field.isPresent() && !field.get().sensitive()) {
                writable.put(c.property(), c);
                fields.put(c.property(), field.get());
            } else if (c.role() == Column.Role.FOREIGN_KEY && c != owner) {
                writable.put(c.property(), c);
            }
            if (c.role() == Column.Role.FOREIGN_KEY) {
                table.foreignKeys().stream().filter(fk -> fk.column().equals(c.name())).findFirst()
                        .ifPresent(fk -> referencedWords.put(c.property(), tableWords(project, plan, fk)));
            }
        }
        List<Column> readable = table.columns().stream().filter(c -> c.role() != Column.Role.FIELD
                || fields.containsKey(c.property())).toList();
        return new Resource(entity, table, writable, fields, links(project, plan, entity), owner,
                String.join(" ", Naming.words(entity.name())), Naming.resourceName(entity), referencedWords, readable,
                "SELECT " + readable.stream().map(c -> Sql.q(c.name())).collect(Collectors.joining(", ")) + " FROM "
                        + Sql.q(table.name()));
    }

    private static String tableWords(Project project, RelationalPlan plan, ForeignKey fk) {
        return plan.table(fk.referencedTable()).flatMap(t -> project.entity(t.entityId() == null ? "" : t.entityId()))
                .map(e -> String.join(" ", Naming.words(e.name()))).orElse(fk.referencedTable());
    }

    private static Optional<Column> column(Table table, String elementId) {
        return table.columns().stream().filter(c -> c.elementId().equals(elementId)).findFirst();
    }

    /** Links declared on this entity and those declared on others that target it. */
    private static List<Link> links(Project project, RelationalPlan plan, Entity self) {
        List<Link> links = new ArrayList<>();
        for (Entity source : project.entities()) {
            for (Relationship r : source.relationships()) {
                if (r.kind() != RelationKind.MANY_TO_MANY) {
                    continue;
                }
                Optional<Table> join = plan.tables().stream().filter(t -> t.elementId().equals(r.id())).findFirst();
                Optional<Entity> target = project.entity(r.targetEntityId());
                if (join.isEmpty() || target.isEmpty()) {
                    continue;
                }
                List<Column> cols = join.get().columns();
                if (source.id().equals(self.id())) {
                    links.add(new Link(Naming.linkIdsProperty(r, target.get()), join.get().name(), cols.get(0).name(),
                            cols.get(1).name(), Naming.tableName(target.get()), words(target.get())));
                } else if (target.get().id().equals(self.id())) {
                    links.add(new Link(Naming.camel(source.name()) + "Ids", join.get().name(), cols.get(1).name(),
                            cols.get(0).name(), Naming.tableName(source), words(source)));
                }
            }
        }
        return links;
    }

    private static String words(Entity e) {
        return String.join(" ", Naming.words(e.name()));
    }

    /** {@code Blog post}: the entity's words with a capital first letter, as 404 messages print them. */
    String title() {
        return Words.title(words);
    }

    boolean isReadOnly(String property) {
        return property.equals("id") || property.equals("createdAt") || property.equals("updatedAt")
                || owner != null && owner.property().equals(property);
    }

    Optional<Link> link(String property) {
        return links.stream().filter(l -> l.property().equals(property)).findFirst();
    }
}
