package dev.stackbench.model.template;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.Field;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every id and name a template refers to, checked against what it defines: the broken references a user would
 * otherwise meet as a 500 in the live server or a compile error in an export. Returns readable problems.
 */
final class TemplateReferences {
    private final Project project;
    private final List<String> problems = new ArrayList<>();

    private TemplateReferences(Project project) {
        this.project = project;
    }

    static List<String> problems(Project project) {
        TemplateReferences check = new TemplateReferences(project);
        project.entities().forEach(check::entity);
        project.endpoints().forEach(check::endpoint);
        project.features().forEach(check::feature);
        project.channels().forEach(check::channel);
        check.auth(project.auth());
        check.unique("endpoint id", project.endpoints().stream().map(Endpoint::id).toList());
        check.unique("endpoint route", project.endpoints().stream()
                .map(e -> e.method() + " " + e.path().replaceAll("\\{[^}]+}", "{}")).toList());
        return check.problems;
    }

    private void entity(Entity entity) {
        for (Relationship r : entity.relationships()) {
            require(project.entity(r.targetEntityId()).isPresent(), entity.name() + "." + r.name() + " targets "
                    + r.targetEntityId());
        }
        for (Index index : entity.indexes()) {
            for (String element : index.elementIds()) {
                require(entity.field(element).isPresent() || entity.relationship(element).isPresent(),
                        "index " + index.id() + " names " + element);
            }
        }
        for (Field field : entity.fields()) {
            require(field.defaultValue() == null || field.enumValues().isEmpty()
                    || field.enumValues().contains(field.defaultValue()), "default of " + field.id());
        }
        if (entity.ownerRelationshipId() != null) {
            Optional<Relationship> owner = entity.owner();
            require(owner.isPresent() && owner.get().kind() == RelationKind.MANY_TO_ONE
                    && owner.get().targetEntityId().equals(project.auth().userEntityId()),
                    entity.name() + " owner " + entity.ownerRelationshipId() + " is a many-to-one to the user");
        }
    }

    private void endpoint(Endpoint endpoint) {
        Optional<Entity> entity = Optional.ofNullable(endpoint.entityId()).flatMap(project::entity);
        require(endpoint.entityId() == null || entity.isPresent(), endpoint.id() + " entity");
        Set<String> properties = entity.map(TemplateReferences::jsonNames).orElse(Set.of());
        endpoint.filterable().forEach(p -> require(properties.contains(p), endpoint.id() + " filters on " + p));
        endpoint.sortable().forEach(p -> require(properties.contains(p), endpoint.id() + " sorts on " + p));
        endpoint.roles().forEach(this::role);
        endpoint.ownerExemptRoles().forEach(this::role);
        require(!endpoint.ownerOnly() || entity.map(Entity::ownerRelationshipId).isPresent(),
                endpoint.id() + " is owner-only on an entity without owner");
        require(endpoint.rateLimitClass() == null
                || project.production().rateLimit(endpoint.rateLimitClass()).isPresent(),
                endpoint.id() + " rate limit " + endpoint.rateLimitClass());
        if (endpoint.scopeRelationshipId() != null) {
            require(entity.flatMap(e -> e.relationship(endpoint.scopeRelationshipId()))
                    .filter(r -> r.kind() == RelationKind.MANY_TO_ONE).isPresent(), endpoint.id() + " scope");
        }
        require(endpoint.authRequired() || endpoint.roles().isEmpty(), endpoint.id() + " has roles but is public");
    }

    /** The JSON properties of an entity's rows: id, fields, foreign keys and timestamps. */
    static Set<String> jsonNames(Entity entity) {
        Set<String> names = new HashSet<>(List.of("id"));
        entity.fields().forEach(f -> names.add(Naming.property(f)));
        entity.relationships().stream().filter(r -> r.kind().foreignKeyOnSource())
                .forEach(r -> names.add(Naming.foreignKeyProperty(r.name())));
        if (entity.hasTimestamps()) {
            names.addAll(List.of("createdAt", "updatedAt"));
        }
        return names;
    }

    private void feature(Feature feature) {
        require(!feature.acceptanceCriteria().isEmpty(), feature.id() + " has acceptance criteria");
        feature.entityIds().forEach(id -> require(project.entity(id).isPresent(), feature.id() + " entity " + id));
        feature.endpointIds().forEach(id -> require(project.endpoint(id).isPresent(),
                feature.id() + " endpoint " + id));
    }

    private void channel(Channel channel) {
        channel.entityIds().forEach(id -> require(project.entity(id).isPresent(), channel.id() + " entity " + id));
        channel.publishRoles().forEach(this::role);
    }

    private void auth(AuthConfig auth) {
        if (!auth.enabled()) {
            return;
        }
        Optional<Entity> user = project.userEntity();
        require(user.isPresent(), "auth user entity");
        user.ifPresent(u -> {
            require(u.field(auth.loginFieldId()).filter(Field::unique).isPresent(), "auth login field");
            require(auth.passwordFieldId() == null || u.field(auth.passwordFieldId()).filter(Field::sensitive)
                    .isPresent(), "auth password field");
            Optional<Field> roleField = u.field(auth.roleFieldId());
            require(roleField.isPresent() && roleField.get().enumValues()
                    .equals(auth.roles().stream().map(Role::name).toList()), "auth role field lists the roles");
        });
        role(auth.defaultRole());
    }

    private void role(String name) {
        require(project.auth().role(name).isPresent(), "role " + name + " is defined");
    }

    private void unique(String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        values.forEach(v -> require(seen.add(v), "duplicate " + what + " " + v));
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
