package dev.stackbench.model;

/** What an endpoint does; all but {@code CUSTOM} are derived CRUD operations on an entity. */
public enum EndpointKind {
    LIST, GET, CREATE, UPDATE, PATCH, DELETE, CUSTOM;

    public boolean changesState() {
        return this == CREATE || this == UPDATE || this == PATCH || this == DELETE;
    }
}
