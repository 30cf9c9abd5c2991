package dev.stackbench.model.plan;

/**
 * A column of the relational plan. {@code elementId} is the stable id of the model element it comes from
 * (field, relationship, or a synthetic id such as {@code entityId#id}) so a diff sees renames. {@code property}
 * is its JSON name. {@code role} says where the value comes from.
 */
public record Column(String elementId, String name, String property, SqlType type, boolean nullable,
                     boolean unique, String defaultValue, Role role) {

    public enum Role { ID, FIELD, FOREIGN_KEY, CREATED_AT, UPDATED_AT }

    public boolean serverControlled() {
        return role == Role.ID || role == Role.CREATED_AT || role == Role.UPDATED_AT;
    }
}
