package dev.stackbench.model.scenario;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.plan.Column;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the scenarios need to know about one entity under the wire contract: its endpoints by kind (without a
 * nested scope), the properties a row shows, the writable properties in order, and which actor may call what.
 */
record EntityFacts(Project project, Entity entity, Table table, List<Endpoint> endpoints) {

    static List<EntityFacts> of(Project project, RelationalPlan plan) {
        List<EntityFacts> facts = new ArrayList<>();
        for (Entity e : project.entities()) {
            plan.tableOfEntity(e.id()).ifPresent(t -> facts.add(new EntityFacts(project, e, t,
                    project.endpointsOf(e.id()))));
        }
        return facts;
    }

    Optional<Endpoint> endpoint(EndpointKind kind) {
        return endpoints.stream().filter(ep -> ep.kind() == kind && ep.scopeRelationshipId() == null).findFirst();
    }

    String words() {
        return String.join(" ", Naming.words(entity.name()));
    }

    /** The properties of a row, in order (link ids are left out: they sit between these and are optional). */
    List<String> readable() {
        List<String> out = new ArrayList<>();
        for (Column c : table.columns()) {
            boolean sensitive = c.role() == Column.Role.FIELD && entity.field(c.elementId())
                    .map(Field::sensitive).orElse(false);
            if (!sensitive) {
                out.add(c.property());
            }
        }
        return out;
    }

    Optional<Column> owner() {
        return entity.owner().flatMap(r -> table.columns().stream().filter(c -> c.elementId().equals(r.id()))
                .findFirst());
    }

    /** Fields a client writes (non-sensitive), in table order. */
    List<Field> writableFields() {
        List<Field> out = new ArrayList<>();
        for (Column c : table.columns()) {
            entity.field(c.elementId()).filter(f -> !f.sensitive() && c.role() == Column.Role.FIELD)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Foreign keys a client writes (not the owner), in table order. */
    List<Column> writableForeignKeys() {
        Optional<Column> owner = owner();
        return table.columns().stream().filter(c -> c.role() == Column.Role.FOREIGN_KEY)
                .filter(c -> owner.map(o -> !o.name().equals(c.name())).orElse(true)).toList();
    }

    /** The actor that may call {@code ep}: anonymous when open, else a role it allows (seed users exist per role). */
    String actorFor(Endpoint ep) {
        if (!ep.authRequired() || !project.auth().enabled()) {
            return null;
        }
        if (!ep.roles().isEmpty()) {
            return "role:" + ep.roles().get(0);
        }
        List<Role> roles = project.auth().roles();
        return "role:" + (roles.isEmpty() ? project.auth().defaultRole() : roles.get(roles.size() - 1).name());
    }

    /** {@code Blog post}: as 404 messages print it. */
    String title() {
        return Naming.capitalize(words());
    }
}
