package dev.stackbench.model;

/**
 * A relationship declared on an entity. {@code name} is the property on the declaring side ({@code author} makes
 * the foreign key {@code author_id} / {@code authorId}); for one-to-many, {@code inverseName} names the foreign
 * key on the target (defaults to the declaring entity's name); for many-to-many, {@code joinTable} names the link
 * table (derived when blank). {@code fkIndexOff} turns off the derived foreign-key index.
 */
public record Relationship(
        String id,
        String name,
        RelationKind kind,
        String targetEntityId,
        OnDelete onDelete,
        boolean required,
        String inverseName,
        String joinTable,
        boolean fkIndexOff,
        boolean nestedRoute) {

    public Relationship {
        kind = kind == null ? RelationKind.MANY_TO_ONE : kind;
        onDelete = onDelete == null ? OnDelete.UNSET : onDelete;
    }

    public static Relationship manyToOne(String id, String name, String target, OnDelete onDelete, boolean required) {
        return new Relationship(id, name, RelationKind.MANY_TO_ONE, target, onDelete, required, null, null, false,
                false);
    }

    public Relationship withName(String v) { return new Relationship(id, v, kind, targetEntityId, onDelete, required, inverseName, joinTable, fkIndexOff, nestedRoute); }
    public Relationship withKind(RelationKind v) { return new Relationship(id, name, v, targetEntityId, onDelete, required, inverseName, joinTable, fkIndexOff, nestedRoute); }
    public Relationship withTarget(String v) { return new Relationship(id, name, kind, v, onDelete, required, inverseName, joinTable, fkIndexOff, nestedRoute); }
    public Relationship withOnDelete(OnDelete v) { return new Relationship(id, name, kind, targetEntityId, v, required, inverseName, joinTable, fkIndexOff, nestedRoute); }
    public Relationship withRequired(boolean v) { return new Relationship(id, name, kind, targetEntityId, onDelete, v, inverseName, joinTable, fkIndexOff, nestedRoute); }
    public Relationship withJoinTable(String v) { return new Relationship(id, name, kind, targetEntityId, onDelete, required, inverseName, v, fkIndexOff, nestedRoute); }
    public Relationship withFkIndexOff(boolean v) { return new Relationship(id, name, kind, targetEntityId, onDelete, required, inverseName, joinTable, v, nestedRoute); }
    public Relationship withNestedRoute(boolean v) { return new Relationship(id, name, kind, targetEntityId, onDelete, required, inverseName, joinTable, fkIndexOff, v); }
}
