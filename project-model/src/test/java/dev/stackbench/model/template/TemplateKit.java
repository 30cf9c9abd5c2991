package dev.stackbench.model.template;

import dev.stackbench.model.AlertRule;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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

    interface EndpointEdit {
        Endpoint apply(EndpointKind kind, Endpoint endpoint);
    }

    static UnaryOperator<Endpoint> publicRead() {
        return e -> e.withAuthRequired(false);
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
