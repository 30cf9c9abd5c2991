package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.util.List;

/**
 * Relationship edits that reach beyond the declaring entity's list: a removed relationship stops being the
 * entity's owner and takes its nested route with it; a nested route is an endpoint of its own. The diagram and the
 * entity page both add relationships here, so both name them the same way.
 */
public final class RelationshipEdits {
    private RelationshipEdits() {
    }

    /**
     * Adds a relationship of {@code kind} from one entity to another, named after the target ({@code author} →
     * {@code user} for many-to-one, {@code tags} for to-many kinds), with a number if the name is taken.
     */
    public static Project add(Project project, String fromId, String toId, RelationKind kind) {
        Entity target = project.entity(toId).orElseThrow();
        boolean toMany = kind == RelationKind.MANY_TO_MANY || kind == RelationKind.ONE_TO_MANY;
        String base = Naming.camel(toMany ? Naming.plural(target.name()) : target.name());
        return project.withEntity(fromId, e -> e.withRelationships(Lists.plus(e.relationships(), new Relationship(
                Ids.next("rel"), Naming.free(base, "", n -> taken(e, n)), kind, toId, OnDelete.RESTRICT, false, null,
                null, false, false))));
    }

    public static Project remove(Project project, String entityId, String relationshipId) {
        Project result = project.withEntity(entityId, e -> {
            Entity without = e.withRelationships(e.relationships().stream()
                    .filter(r -> !r.id().equals(relationshipId)).toList());
            return relationshipId.equals(e.ownerRelationshipId()) ? without.withOwnerRelationshipId(null) : without;
        });
        return EndpointEdits.removeWhere(result, ep -> relationshipId.equals(ep.scopeRelationshipId()));
    }

    /**
     * Changes the kind. Only a many-to-one points at one parent row, so a relationship of another kind stops
     * being the owner and loses its nested route.
     */
    public static Project setKind(Project project, String entityId, String relationshipId, RelationKind kind) {
        Project changed = project.withEntity(entityId, e -> e.withRelationship(relationshipId, r -> r.withKind(kind)));
        return kind == RelationKind.MANY_TO_ONE ? changed
                : setOwner(setNestedRoute(changed, entityId, relationshipId, false), entityId, relationshipId, false);
    }

    /** Makes the relationship the entity's owner (whose rows "own only" endpoints compare with the caller). */
    public static Project setOwner(Project project, String entityId, String relationshipId, boolean owner) {
        return project.withEntity(entityId, e -> owner ? e.withOwnerRelationshipId(relationshipId)
                : relationshipId.equals(e.ownerRelationshipId()) ? e.withOwnerRelationshipId(null) : e);
    }

    /**
     * Turns the nested list route ({@code GET /api/posts/{postId}/comments} for Comment's {@code post}) on or
     * off: the flag and the endpoint that serves it change together. Only a many-to-one can nest.
     */
    public static Project setNestedRoute(Project project, String entityId, String relationshipId, boolean on) {
        boolean nestable = project.entity(entityId).stream().flatMap(e -> e.relationships().stream())
                .anyMatch(r -> r.id().equals(relationshipId) && r.kind() == RelationKind.MANY_TO_ONE);
        if (on && !nestable) {
            return project;
        }
        Project flagged = project.withEntity(entityId, e -> e.withRelationship(relationshipId,
                r -> r.withNestedRoute(on)));
        Project unnested = EndpointEdits.removeWhere(flagged, ep -> relationshipId.equals(ep.scopeRelationshipId()));
        if (!on) {
            return unnested;
        }
        Entity entity = flagged.entity(entityId).orElseThrow();
        Relationship relationship = entity.relationships().stream().filter(r -> r.id().equals(relationshipId))
                .findFirst().orElseThrow();
        Entity parent = flagged.entity(relationship.targetEntityId()).orElseThrow();
        String path = Naming.resourcePath(parent) + "/{" + Naming.foreignKeyProperty(relationship.name()) + "}/"
                + Naming.resourceName(entity);
        Endpoint nested = new Endpoint(entity.id() + ".list_by_" + relationship.id(), entity.id(),
                EndpointKind.LIST, HttpMethod.GET, path, "List " + Naming.resourceName(entity).replace('-', ' ')
                + " of one " + String.join(" ", Naming.words(parent.name())), false, List.of(), false, List.of(),
                null, List.of(), entity.hasTimestamps() ? List.of("createdAt") : List.of(), relationshipId, 0, null);
        return unnested.withEndpoints(Lists.plus(unnested.endpoints(), nested));
    }

    private static boolean taken(Entity entity, String name) {
        return entity.fieldNamed(name).isPresent()
                || entity.relationships().stream().anyMatch(r -> r.name().equals(name));
    }
}
