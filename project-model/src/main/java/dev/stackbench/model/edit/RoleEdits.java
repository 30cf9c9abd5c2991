package dev.stackbench.model.edit;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Roles are referred to by name from endpoints (who may call, who is exempt from "own only"), channels (who may
 * publish), the default role and the user entity's role field (its enum values). Adding, renaming or removing a
 * role changes every one of those places together, so no endpoint is left naming a role that does not exist.
 */
public final class RoleEdits {
    private RoleEdits() {
    }

    /** Adds a role named {@code role}, {@code role2}… (whichever is free); the role field offers it too. */
    public static Project add(Project project) {
        String name = Naming.free("role", "", n -> project.auth().role(n).isPresent());
        Role role = new Role(Ids.next("role"), name, "");
        return withRoleField(project.withAuth(project.auth().withRoles(Lists.plus(project.auth().roles(), role))));
    }

    /** Renames a role everywhere it is named; a blank or taken name changes nothing. */
    public static Project rename(Project project, String from, String to) {
        String name = to.trim();
        if (name.isEmpty() || project.auth().role(name).isPresent() || project.auth().role(from).isEmpty()) {
            return project;
        }
        UnaryOperator<String> swap = n -> n.equals(from) ? name : n;
        AuthConfig auth = project.auth();
        Project renamed = project
                .withAuth(auth.withRoles(auth.roles().stream().map(r -> r.name().equals(from)
                                ? new Role(r.id(), name, r.description()) : r).toList())
                        .withDefaultRole(from.equals(auth.defaultRole()) ? name : auth.defaultRole()))
                .withEndpoints(project.endpoints().stream().map(e -> e.withRoles(map(e.roles(), swap))
                        .withOwnerExemptRoles(map(e.ownerExemptRoles(), swap))).toList())
                .withChannels(project.channels().stream().map(c -> c.withPublishRoles(map(c.publishRoles(), swap)))
                        .toList());
        return withRoleField(renamed, f -> from.equals(f.defaultValue()) ? f.withDefaultValue(name) : f);
    }

    /**
     * Removes a role and every mention of it. A role that is the only one allowed somewhere is kept: dropping it
     * would open that endpoint or channel to every signed-in user ({@link #onlyAllowedBy} says where).
     */
    public static Project remove(Project project, String roleName) {
        if (!onlyAllowedBy(project, roleName).isEmpty()) {
            return project;
        }
        AuthConfig auth = project.auth();
        UnaryOperator<List<String>> drop = names -> names.stream().filter(n -> !n.equals(roleName)).toList();
        Project removed = project
                .withAuth(auth.withRoles(auth.roles().stream().filter(r -> !r.name().equals(roleName)).toList())
                        .withDefaultRole(roleName.equals(auth.defaultRole()) ? null : auth.defaultRole()))
                .withEndpoints(project.endpoints().stream().map(e -> e.withRoles(drop.apply(e.roles()))
                        .withOwnerExemptRoles(drop.apply(e.ownerExemptRoles()))).toList())
                .withChannels(project.channels().stream().map(c -> c.withPublishRoles(drop.apply(c.publishRoles())))
                        .toList());
        return withRoleField(removed, f -> roleName.equals(f.defaultValue()) ? f.withDefaultValue(null) : f);
    }

    /** The endpoints ("GET /api/users") and channels ("channel activity") only this role may use. */
    public static List<String> onlyAllowedBy(Project project, String roleName) {
        List<String> only = new ArrayList<>();
        project.endpoints().stream().filter(e -> e.authRequired() && e.roles().equals(List.of(roleName)))
                .forEach(e -> only.add(e.method() + " " + e.path()));
        project.channels().stream().filter(c -> c.publishRoles().equals(List.of(roleName)))
                .forEach(c -> only.add("channel " + c.name()));
        return only;
    }

    public static Project describe(Project project, String roleName, String description) {
        return project.withAuth(project.auth().withRoles(project.auth().roles().stream().map(r ->
                r.name().equals(roleName) ? new Role(r.id(), r.name(), description.trim()) : r).toList()));
    }

    private static Project withRoleField(Project project) {
        return withRoleField(project, UnaryOperator.identity());
    }

    /** Keeps the user entity's role field (an enum) offering exactly the roles. */
    private static Project withRoleField(Project project, UnaryOperator<Field> alsoEdit) {
        AuthConfig auth = project.auth();
        if (auth.userEntityId() == null || auth.roleFieldId() == null) {
            return project;
        }
        List<String> names = auth.roles().stream().map(Role::name).toList();
        return project.withEntity(auth.userEntityId(), e -> e.withField(auth.roleFieldId(), f -> alsoEdit.apply(
                f.type() == FieldType.ENUM ? f.withEnumValues(names) : f)));
    }

    private static List<String> map(List<String> names, UnaryOperator<String> swap) {
        return names.stream().map(swap).filter(Objects::nonNull).toList();
    }
}
