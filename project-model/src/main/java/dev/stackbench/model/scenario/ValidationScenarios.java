package dev.stackbench.model.scenario;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.plan.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validation failures on an entity's create endpoint: an empty object lists every required property (422), a
 * wrong type, an unknown and a read-only property (400), malformed JSON, a non-object body, and a non-JSON
 * content type (415).
 */
final class ValidationScenarios {
    private ValidationScenarios() {
    }

    static List<Scenario> of(EntityFacts e) {
        Optional<Endpoint> create = e.endpoint(EndpointKind.CREATE);
        if (create.isEmpty()) {
            return List.of();
        }
        String actor = e.actorFor(create.get());
        String path = create.get().path();
        String name = e.entity().name() + ": ";
        List<Scenario> out = new ArrayList<>();
        out.add(one(name + "an empty body lists every required property", Step.fails(actor, "POST", path, "{}", 422,
                "Validation failed", required(e))));
        e.writableFields().stream().filter(f -> f.type().isTextual() || f.type() == FieldType.ENUM).findFirst()
                .ifPresent(f -> out.add(one(name + "a number where text belongs is a 400", Step.fails(actor, "POST",
                        path, "{\"" + SampleBody.camel(f.name()) + "\":42}", 400, "Invalid request",
                        List.of(new Step.FieldMessage(SampleBody.camel(f.name()), "must be a string"))))));
        out.add(one(name + "an unknown property is a 400", Step.fails(actor, "POST", path, "{\"noSuchProperty\":1}",
                400, "Invalid request", List.of(new Step.FieldMessage("noSuchProperty",
                        "is not a property of " + e.words())))));
        out.add(one(name + "the id is read-only", Step.fails(actor, "POST", path, "{\"id\":5}", 400,
                "Invalid request", List.of(new Step.FieldMessage("id", "is read-only")))));
        out.add(one(name + "malformed JSON is a 400", Step.fails(actor, "POST", path, "{\"broken\":", 400,
                "Malformed JSON body", List.of())));
        out.add(one(name + "a JSON array is not an object", Step.fails(actor, "POST", path, "[1,2]", 400,
                "Request body must be a JSON object", List.of())));
        out.add(one(name + "a non-JSON content type is a 415", Step.fails(actor, "POST", path, "title=x", 415,
                "Content-Type must be application/json", List.of()).withContentType("text/plain")));
        return out;
    }

    /** Required properties without a default, in the entity's order: fields first, then foreign keys. */
    static List<Step.FieldMessage> required(EntityFacts e) {
        List<Step.FieldMessage> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Column c : e.table().columns()) {
            Optional<Field> f = e.entity().field(c.elementId());
            boolean requiredField = f.isPresent() && !f.get().sensitive() && f.get().required()
                    && f.get().defaultValue() == null;
            boolean requiredFk = e.writableForeignKeys().contains(c) && !c.nullable();
            if (requiredField || requiredFk) {
                order.add(c.property());
            }
        }
        order.forEach(p -> out.add(new Step.FieldMessage(p, "is required")));
        return out;
    }

    static Scenario one(String name, Step step) {
        String category = step.status() == 415 || step.status() == 400 || step.status() == 422 ? "validation"
                : "other";
        return new Scenario(name, category, List.of(step));
    }
}
