package dev.stackbench.importer;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an imported model into the open one without losing anything the user made: elements are matched by
 * name (entities case-insensitively, fields and relationships by name, endpoints by method and path, channels by
 * name); a match keeps the open element as it is (its id and edits), only what the open model lacks is added,
 * with the imported ids re-pointed at the open model's entities. Auth is taken only when the open model has none.
 */
public final class ImportMerge {
    private final Project open;
    private final Project imported;
    /** Imported entity id → the id it has in the merged model. */
    private final Map<String, String> entityIds = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    private ImportMerge(Project open, Project imported) {
        this.open = open;
        this.imported = imported;
        open.entities().forEach(e -> taken.add(e.id()));
    }

    public static Project merge(Project open, Project imported) {
        return new ImportMerge(open, imported).run();
    }

    private Project run() {
        for (Entity e : imported.entities()) {
            Optional<Entity> same = open.entityNamed(e.name());
            String id = same.map(Entity::id).orElseGet(() -> unique(e.id()));
            entityIds.put(e.id(), id);
        }
        List<Entity> entities = new ArrayList<>(open.entities());
        for (Entity e : imported.entities()) {
            Optional<Entity> same = open.entityNamed(e.name());
            if (same.isPresent()) {
                entities.replaceAll(x -> x.id().equals(same.get().id()) ? addTo(x, e) : x);
            } else {
                entities.add(repoint(e).withRelationships(e.relationships().stream().map(this::repoint).toList()));
            }
        }
        List<Endpoint> endpoints = new ArrayList<>(open.endpoints());
        Set<String> endpointIds = new HashSet<>();
        open.endpoints().forEach(ep -> endpointIds.add(ep.id()));
        for (Endpoint ep : imported.endpoints()) {
            boolean present = open.endpoints().stream().anyMatch(o -> o.method() == ep.method()
                    && o.path().equals(ep.path()));
            if (!present) {
                String id = Naming.free(ep.id(), "_", endpointIds::contains);
                endpointIds.add(id);
                endpoints.add(new Endpoint(id, ep.entityId() == null ? null : entityIds.get(ep.entityId()), ep.kind(),
                        ep.method(), ep.path(), ep.summary(), ep.authRequired(), ep.roles(), ep.ownerOnly(),
                        ep.ownerExemptRoles(), ep.rateLimitClass(), ep.filterable(), ep.sortable(),
                        ep.scopeRelationshipId(), ep.exampleStatus(), ep.exampleResponse()));
            }
        }
        List<Channel> channels = new ArrayList<>(open.channels());
        for (Channel c : imported.channels()) {
            if (open.channels().stream().noneMatch(o -> o.name().equals(c.name()))) {
                channels.add(c.withEntityIds(c.entityIds().stream().map(entityIds::get).toList()));
            }
        }
        return open.withEntities(entities).withEndpoints(endpoints).withChannels(channels).withAuth(auth());
    }

    /** The open entity plus the imported one's fields, relationships and indexes it does not have. */
    private Entity addTo(Entity mine, Entity theirs) {
        List<Field> fields = new ArrayList<>(mine.fields());
        Set<String> fieldIds = new HashSet<>();
        mine.fields().forEach(f -> fieldIds.add(f.id()));
        Map<String, String> elementIds = new HashMap<>();
        for (Field f : theirs.fields()) {
            Optional<Field> same = mine.fieldNamed(f.name());
            if (same.isPresent()) {
                elementIds.put(f.id(), same.get().id());
            } else {
                String id = Naming.free(f.id(), "_", fieldIds::contains);
                fieldIds.add(id);
                elementIds.put(f.id(), id);
                fields.add(withId(f, id));
            }
        }
        List<Relationship> relationships = new ArrayList<>(mine.relationships());
        for (Relationship r : theirs.relationships()) {
            Optional<Relationship> same = mine.relationships().stream().filter(x -> x.name().equals(r.name()))
                    .findFirst();
            if (same.isPresent()) {
                elementIds.put(r.id(), same.get().id());
            } else {
                relationships.add(repoint(r));
                elementIds.put(r.id(), r.id());
            }
        }
        List<Index> indexes = new ArrayList<>(mine.indexes());
        for (Index i : theirs.indexes()) {
            if (mine.indexes().stream().noneMatch(x -> x.name().equals(i.name()))) {
                indexes.add(new Index(i.id(), i.name(), i.elementIds().stream().map(elementIds::get).toList(),
                        i.unique()));
            }
        }
        return mine.withFields(fields).withRelationships(relationships).withIndexes(indexes);
    }

    private AuthConfig auth() {
        if (open.auth().enabled() || !imported.auth().enabled()) {
            return open.auth();
        }
        AuthConfig a = imported.auth();
        String user = a.userEntityId() == null ? null : entityIds.get(a.userEntityId());
        if (user != null && open.entity(user).isPresent()) {
            return open.auth(); // the user entity was already in the open model: its fields may differ, keep it
        }
        return a.withUser(user, a.loginFieldId(), a.passwordFieldId(), a.roleFieldId());
    }

    private Entity repoint(Entity e) {
        return new Entity(entityIds.get(e.id()), e.name(), e.description(), e.fields(), e.relationships(),
                e.indexes(), e.timestampsOff(), e.ownerRelationshipId(), e.tableName());
    }

    private Relationship repoint(Relationship r) {
        return r.withTarget(entityIds.getOrDefault(r.targetEntityId(), r.targetEntityId()));
    }

    private String unique(String id) {
        String free = Naming.free(id, "_", taken::contains);
        taken.add(free);
        return free;
    }

    private static Field withId(Field f, String id) {
        return new Field(id, f.name(), f.type(), f.required(), f.unique(), f.defaultValue(), f.minLength(),
                f.maxLength(), f.min(), f.max(), f.pattern(), f.enumValues(), f.precision(), f.scale(), f.sensitive(),
                f.autoIndexOff(), f.description());
    }
}
