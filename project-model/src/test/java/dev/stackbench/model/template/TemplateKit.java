package dev.stackbench.model.template;

import dev.stackbench.model.AlertRule;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Index;
import dev.stackbench.model.Naming;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.Role;

import java.util.ArrayList;
import java.util.List;

/** Terse constructors for writing the starter templates in code (they are generated into resources). */
final class TemplateKit {
    private TemplateKit() {
    }

    static Field str(String id, String name, int max, boolean required) {
        return Field.of(id, name, FieldType.STRING).withLength(null, max).withRequired(required);
    }

    static Field text(String id, String name, int max, boolean required) {
        return Field.of(id, name, FieldType.TEXT).withLength(null, max).withRequired(required);
    }

    static Field typed(String id, String name, FieldType type, boolean required) {
        return Field.of(id, name, type).withRequired(required);
    }

    static Field enumOf(String id, String name, String defaultValue, String... values) {
        return Field.of(id, name, FieldType.ENUM).withEnumValues(List.of(values)).withDefaultValue(defaultValue)
                .withRequired(true);
    }

    /** An exact amount of money: a decimal with {@code precision} digits, two of them after the point. */
    static Field money(String id, String name, int precision, boolean required) {
        return typed(id, name, FieldType.DECIMAL, required).withDecimal(precision, 2).withRange(0.0, null);
    }

    static Field flag(String id, String name, boolean defaultValue) {
        return typed(id, name, FieldType.BOOLEAN, true).withDefaultValue(Boolean.toString(defaultValue));
    }

    static Field email(String id) {
        return str(id, "email", 254, true).withUnique(true).withPattern("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    }

    static Field password(String id) {
        return str(id, "passwordHash", 255, true).withSensitive(true);
    }

    static Relationship manyToOne(String id, String name, String target, OnDelete onDelete, boolean required) {
        return Relationship.manyToOne(id, name, target, onDelete, required);
    }

    static Relationship manyToMany(String id, String name, String target, String joinTable) {
        return new Relationship(id, name, RelationKind.MANY_TO_MANY, target, OnDelete.CASCADE, false, null, joinTable,
                false, false);
    }

    static Entity entity(String id, String name, String description, List<Field> fields,
                         List<Relationship> relationships) {
        return Entity.named(id, name).withDescription(description).withFields(fields)
                .withRelationships(relationships);
    }

    /** The CRUD set of an entity, each endpoint adjusted by {@code edit}. */
    static List<Endpoint> crud(Entity entity, EndpointEdit edit) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint e : EndpointDefaults.crud(entity, true)) {
            endpoints.add(edit.apply(e.kind(), e));
        }
        return endpoints;
    }

    /** The CRUD set with every endpoint, reads included, for signed-in callers only, then adjusted by {@code edit}. */
    static List<Endpoint> signedInCrud(Entity entity, EndpointEdit edit) {
        return crud(entity, (kind, e) -> edit.apply(kind, e.withAuthRequired(true)));
    }

    /** {@code GET /api/PARENTS/{parentId}/CHILDREN}: the children of one parent, scoped by {@code relationshipId}. */
    static Endpoint nestedList(Entity child, Entity parent, String relationshipId, String summary) {
        String path = Naming.resourcePath(parent) + "/{" + Naming.idVariable(parent) + "}/"
                + Naming.resourceName(child);
        return new Endpoint(child.id() + ".nested_list", child.id(), EndpointKind.LIST, HttpMethod.GET, path, summary,
                true, List.of(), false, List.of(), null, List.of(), List.of("createdAt"), relationshipId, 0, null);
    }

    /** A custom endpoint that answers live with {@code exampleJson}. */
    static Endpoint custom(String id, HttpMethod method, String path, String summary, boolean authRequired,
                           String exampleJson) {
        return new Endpoint(id, null, EndpointKind.CUSTOM, method, path, summary, authRequired, List.of(), false,
                List.of(), null, List.of(), List.of(), null, 200, exampleJson);
    }

    /** A unique index over the foreign keys of a join entity, so the same pair cannot be linked twice. */
    static Index uniquePair(String id, String name, String firstRelationshipId, String secondRelationshipId) {
        return new Index(id, name, List.of(firstRelationshipId, secondRelationshipId), true);
    }

    static Role role(String name, String description) {
        return new Role("role_" + name, name, description);
    }

    interface EndpointEdit {
        Endpoint apply(EndpointKind kind, Endpoint endpoint);
    }

    static Decision decision(String id, String topic, String title, String choice, String rationale,
                             String... alternatives) {
        return new Decision(id, topic, title, choice, rationale, List.of(alternatives), "accepted");
    }

    static ProductionSettings production(String... corsOrigins) {
        return ProductionSettings.defaults().withCorsOrigins(List.of(corsOrigins))
                .withAlertRules(List.of(
                        new AlertRule("al_errors", AlertRule.Kind.ERROR_RATE, 0.05, 5, "page"),
                        new AlertRule("al_latency", AlertRule.Kind.LATENCY_P95, 500, 10, "page"),
                        new AlertRule("al_down", AlertRule.Kind.INSTANCE_DOWN, 1, 1, "page"),
                        new AlertRule("al_pool", AlertRule.Kind.DB_POOL_SATURATION, 0.9, 5, "ticket"),
                        new AlertRule("al_ratelimit", AlertRule.Kind.RATE_LIMIT_STORM, 50, 5, "ticket")))
                .withOperations("Loki via Fluent Bit (JSON logs on stdout)", "Alertmanager → on-call rota",
                        "Grafana dashboard shipped in monitoring/grafana-dashboard.json",
                        "GET /health and GET /ready after deploy, then the Postman collection's smoke folder",
                        "Redeploy the previous image tag; migrations are additive so the old version still runs");
    }
}
