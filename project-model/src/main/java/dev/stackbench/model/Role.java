package dev.stackbench.model;

public record Role(String id, String name, String description) {
    public Role {
        description = description == null ? "" : description;
    }
}
