package dev.stackbench.model;

/** Cardinality seen from the entity that declares the relationship. */
public enum RelationKind {
    ONE_TO_ONE, ONE_TO_MANY, MANY_TO_ONE, MANY_TO_MANY;

    /** The declaring entity's table holds the foreign key. */
    public boolean foreignKeyOnSource() {
        return this == MANY_TO_ONE || this == ONE_TO_ONE;
    }
}
