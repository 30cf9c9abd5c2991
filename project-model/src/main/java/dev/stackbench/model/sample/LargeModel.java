package dev.stackbench.model.sample;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.Project;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.template.Templates;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic large model for benchmarks and scale tests: the blog template plus {@code count} generated
 * entities, each with six fields, a many-to-one to the previous entity and the CRUD set of endpoints (five
 * generated entities per 30 endpoints, so 300 entities give 1,500+ endpoints).
 */
public final class LargeModel {
    private LargeModel() {
    }

    public static Project generate(int count) {
        Project base = Templates.load("blog");
        List<Entity> entities = new ArrayList<>(base.entities());
        List<Endpoint> endpoints = new ArrayList<>(base.endpoints());
        for (int i = 0; i < count; i++) {
            String id = "ent_gen" + i;
            List<Field> fields = List.of(
                    Field.of(id + "_name", "name", FieldType.STRING).withRequired(true).withLength(1, 120),
                    Field.of(id + "_code", "code", FieldType.STRING).withUnique(true).withLength(2, 32),
                    Field.of(id + "_amount", "amount", FieldType.DECIMAL).withDecimal(12, 2),
                    Field.of(id + "_count", "quantity", FieldType.INT).withRange(0.0, 10_000.0),
                    Field.of(id + "_active", "active", FieldType.BOOLEAN),
                    Field.of(id + "_kind", "kind", FieldType.ENUM).withEnumValues(List.of("basic", "premium"))
                            .withDefaultValue("basic").withRequired(true));
            List<Relationship> relationships = i == 0 ? List.of()
                    : List.of(Relationship.manyToOne(id + "_parent", "parent", "ent_gen" + (i - 1),
                    OnDelete.SET_NULL, false));
            Entity entity = Entity.named(id, "Item" + i).withFields(fields).withRelationships(relationships);
            entities.add(entity);
            for (Endpoint e : EndpointDefaults.crud(entity, true)) {
                endpoints.add(e.kind() == EndpointKind.LIST
                        ? e.withFilterable(List.of("kind", "active")).withSortable(List.of("createdAt", "name")) : e);
            }
        }
        return base.withEntities(entities).withEndpoints(endpoints);
    }
}
