package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
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
 * point at it, its channel events, the features' links to it and its diagram position with it.
 */
public final class ModelEdits {
    private ModelEdits() {
    }

    /** Adds an entity named {@code name} (no fields yet) with its CRUD endpoints, placed at {@code where}. */
    public static Project addEntity(Project project, String name, Layout.Point where) {
        Entity entity = Entity.named(Ids.next("ent"), name.trim());
        List<Endpoint> endpoints = new ArrayList<>(project.endpoints());
        endpoints.addAll(EndpointDefaults.crud(entity, project.auth().enabled()));
        return project.withEntities(Lists.plus(project.entities(), entity)).withEndpoints(endpoints)
                .withLayout(project.layout().withPosition(entity.id(), where));
    }

    public static Project removeEntity(Project project, String entityId) {
        Project result = project;
        for (Entity e : project.entities()) {
            for (var r : e.relationships()) {
                if (entityId.equals(r.targetEntityId()) && !e.id().equals(entityId)) {
                    result = RelationshipEdits.remove(result, e.id(), r.id());
                }
            }
        }
        result = EndpointEdits.removeWhere(result, ep -> entityId.equals(ep.entityId()));
        Map<String, Layout.Point> positions = new TreeMap<>(result.layout().positions());
        positions.remove(entityId);
        return result.withEntities(result.entities().stream().filter(e -> !e.id().equals(entityId)).toList())
                .withFeatures(result.features().stream().map(f -> f.withEntityIds(f.entityIds().stream()
                        .filter(id -> !id.equals(entityId)).toList())).toList())
                .withChannels(result.channels().stream().map(c -> c.withEntityIds(c.entityIds().stream()
                        .filter(id -> !id.equals(entityId)).toList())).toList())
                .withLayout(new Layout(positions, result.layout().zoom()));
    }
}
