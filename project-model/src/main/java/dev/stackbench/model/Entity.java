package dev.stackbench.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A domain entity. {@code ownerRelationshipId} names the many-to-one relationship to the user entity that marks
 * who owns a row: the server sets it from the caller on create and clients can never set it. {@code tableName}
 * overrides the derived table name when not blank.
 */
public record Entity(
        String id,
        String name,
        String description,
        List<Field> fields,
        List<Relationship> relationships,
        List<Index> indexes,
        boolean timestampsOff,
        String ownerRelationshipId,
        String tableName) {

    public Entity {
        description = description == null ? "" : description;
        fields = Lists.copy(fields);
        relationships = Lists.copy(relationships);
        indexes = Lists.copy(indexes);
    }

    public static Entity named(String id, String name) {
        return new Entity(id, name, "", List.of(), List.of(), List.of(), false, null, null);
    }

    public boolean hasTimestamps() {
        return !timestampsOff;
    }

    public Optional<Field> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public Optional<Field> fieldNamed(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<Relationship> relationship(String relationshipId) {
        return relationships.stream().filter(r -> r.id().equals(relationshipId)).findFirst();
    }

    public Optional<Relationship> owner() {
        return ownerRelationshipId == null ? Optional.empty() : relationship(ownerRelationshipId);
    }

    public Entity withName(String v) { return new Entity(id, v, description, fields, relationships, indexes, timestampsOff, ownerRelationshipId, tableName); }
    public Entity withDescription(String v) { return new Entity(id, name, v, fields, relationships, indexes, timestampsOff, ownerRelationshipId, tableName); }
    public Entity withFields(List<Field> v) { return new Entity(id, name, description, v, relationships, indexes, timestampsOff, ownerRelationshipId, tableName); }
    public Entity withRelationships(List<Relationship> v) { return new Entity(id, name, description, fields, v, indexes, timestampsOff, ownerRelationshipId, tableName); }
    public Entity withIndexes(List<Index> v) { return new Entity(id, name, description, fields, relationships, v, timestampsOff, ownerRelationshipId, tableName); }
    public Entity withTimestampsOff(boolean v) { return new Entity(id, name, description, fields, relationships, indexes, v, ownerRelationshipId, tableName); }
    public Entity withOwnerRelationshipId(String v) { return new Entity(id, name, description, fields, relationships, indexes, timestampsOff, v, tableName); }
    public Entity withTableName(String v) { return new Entity(id, name, description, fields, relationships, indexes, timestampsOff, ownerRelationshipId, v); }

    public Entity withField(String fieldId, UnaryOperator<Field> edit) {
        return withFields(Lists.replace(fields, f -> f.id().equals(fieldId), edit));
    }

    public Entity withRelationship(String relationshipId, UnaryOperator<Relationship> edit) {
        return withRelationships(Lists.replace(relationships, r -> r.id().equals(relationshipId), edit));
    }
}
