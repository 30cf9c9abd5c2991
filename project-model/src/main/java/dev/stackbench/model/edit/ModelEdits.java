package dev.stackbench.model.edit;

import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Edits that touch several sections at once, as pure functions so the UI, the CLI and tests share them: an
 * entity comes with its derived CRUD endpoints, and removing one takes its endpoints, the relationships that
 * point at it, its channel events and its diagram position with it.
 */
public final class ModelEdits {
    private ModelEdits() {
    }

    /** Adds an entity named {@code name} (no fields yet) with its CRUD endpoints, placed at {@code where}. */
    public static Project addEntity(Project project, String name, Layout.Point where) {
        Entity entity = Entity.named(Ids.next("ent"), name.trim());
        List<dev.stackbench.model.Endpoint> endpoints = new ArrayList<>(project.endpoints());
        endpoints.addAll(EndpointDefaults.crud(entity, project.auth().enabled()));
        return project.withEntities(Lists.plus(project.entities(), entity)).withEndpoints(endpoints)
                .withLayout(project.layout().withPosition(entity.id(), where));
    }

    public static Project removeEntity(Project project, String entityId) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : project.entities()) {
            if (!e.id().equals(entityId)) {
                entities.add(e.withRelationships(e.relationships().stream()
                        .filter(r -> !entityId.equals(r.targetEntityId())).toList()));
            }
        }
        Map<String, Layout.Point> positions = new TreeMap<>(project.layout().positions());
        positions.remove(entityId);
        return project.withEntities(entities)
                .withEndpoints(project.endpoints().stream().filter(ep -> !entityId.equals(ep.entityId())).toList())
                .withChannels(project.channels().stream().map(c -> c.withEntityIds(c.entityIds().stream()
                        .filter(id -> !id.equals(entityId)).toList())).toList())
                .withLayout(new Layout(positions, project.layout().zoom()));
    }
}
