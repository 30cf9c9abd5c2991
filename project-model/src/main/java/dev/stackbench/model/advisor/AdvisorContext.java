package dev.stackbench.model.advisor;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Relationship;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The project plus lookups every rule needs, built once per run so no rule scans the model repeatedly. */
public final class AdvisorContext {
    private final Project project;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Endpoint>> endpointsByEntity = new HashMap<>();
    private final Set<String> roleNames = new HashSet<>();

    public AdvisorContext(Project project) {
        this.project = project;
        project.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        for (Endpoint e : project.endpoints()) {
            if (e.entityId() != null) {
                endpointsByEntity.computeIfAbsent(e.entityId(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        project.auth().roles().forEach(r -> roleNames.add(r.name()));
    }

    public Project project() {
        return project;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(id == null ? null : entities.get(id));
    }

    public List<Endpoint> endpointsOf(Entity entity) {
        return endpointsByEntity.getOrDefault(entity.id(), List.of());
    }

    public boolean roleDefined(String role) {
        return roleNames.contains(role);
    }

    /** JSON property names an endpoint of the entity may filter or sort on. */
    public Set<String> properties(Entity entity) {
        Set<String> names = new HashSet<>(List.of("id"));
        entity.fields().forEach(f -> names.add(Naming.property(f)));
        for (Relationship r : entity.relationships()) {
            if (r.kind().foreignKeyOnSource()) {
                names.add(Naming.foreignKeyProperty(r.name()));
            }
        }
        for (Entity other : project.entities()) {
            for (Relationship r : other.relationships()) {
                if (r.kind() == dev.stackbench.model.RelationKind.ONE_TO_MANY && entity.id().equals(r.targetEntityId())) {
                    names.add(Naming.foreignKeyProperty(r.inverseName() == null || r.inverseName().isBlank()
                            ? other.name() : r.inverseName()));
                }
            }
        }
        if (entity.hasTimestamps()) {
            names.add("createdAt");
            names.add("updatedAt");
        }
        return names;
    }

    public Optional<Field> fieldByProperty(Entity entity, String property) {
        return entity.fields().stream().filter(f -> Naming.property(f).equals(property)).findFirst();
    }

    public static ModelPath at(Entity entity) {
        return ModelPath.element("entities", entity.id(), entity.name());
    }

    public static ModelPath at(Entity entity, Field field) {
        return ModelPath.part("entities", entity.id(), field.id(), entity.name() + "." + field.name());
    }

    public static ModelPath at(Entity entity, Relationship r) {
        return ModelPath.part("entities", entity.id(), r.id(), entity.name() + "." + r.name());
    }

    public static ModelPath at(Endpoint endpoint) {
        return ModelPath.element("endpoints", endpoint.id(), endpoint.method() + " " + endpoint.path());
    }
}
