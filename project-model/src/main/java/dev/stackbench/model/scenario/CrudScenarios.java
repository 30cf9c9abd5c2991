package dev.stackbench.model.scenario;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.plan.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The happy path of an entity: find existing parents for required foreign keys, create (201), get, list,
 * patch, replace, delete (204), and a get that now answers 404 with the contract's sentence.
 */
final class CrudScenarios {
    private CrudScenarios() {
    }

    static Optional<Scenario> happyPath(EntityFacts e, List<EntityFacts> all) {
        Optional<Endpoint> create = e.endpoint(EndpointKind.CREATE);
        if (create.isEmpty()) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        Map<String, String> fkVars = new LinkedHashMap<>();
        if (!parents(e, all, steps, fkVars)) {
            return Optional.empty();
        }
        String actor = e.actorFor(create.get());
        String base = create.get().path();
        steps.add(Step.ok(actor, "POST", base, SampleBody.of(e, fkVars, "a"), 201, Shape.object(e.readable()))
                .capturing("id", "/data/id"));
        String item = base + "/{id}";
        e.endpoint(EndpointKind.GET).ifPresent(ep -> steps.add(Step.ok(actorOr(e, ep, actor), "GET", item, null, 200,
                Shape.object(e.readable()))));
        e.endpoint(EndpointKind.LIST).ifPresent(ep -> steps.add(Step.ok(actorOr(e, ep, actor), "GET", base, null,
                200, Shape.list(null, null))));
        e.endpoint(EndpointKind.PATCH).ifPresent(ep -> steps.add(Step.ok(actorOr(e, ep, actor), "PATCH", item,
                SampleBody.of(e, fkVars, "b"), 200, Shape.object(e.readable()))));
        e.endpoint(EndpointKind.UPDATE).ifPresent(ep -> steps.add(Step.ok(actorOr(e, ep, actor), "PUT", item,
                SampleBody.of(e, fkVars, "c"), 200, Shape.object(e.readable()))));
        e.endpoint(EndpointKind.DELETE).ifPresent(ep -> {
            steps.add(Step.ok(actorOr(e, ep, actor), "DELETE", item, null, 204, Shape.empty()));
            e.endpoint(EndpointKind.GET).ifPresent(get -> steps.add(Step.fails(actorOr(e, get, actor), "GET", item,
                    null, 404, e.title() + " {id} not found", List.of())));
        });
        return Optional.of(new Scenario(e.entity().name() + ": create, read, list, change and delete", "crud",
                steps));
    }

    /** The creator keeps acting while allowed (ownership rules then pass); otherwise the endpoint's own role. */
    private static String actorOr(EntityFacts e, Endpoint ep, String creator) {
        if (!ep.authRequired()) {
            return creator;
        }
        boolean creatorAllowed = creator != null && (ep.roles().isEmpty()
                || ep.roles().contains(creator.substring("role:".length())));
        return creatorAllowed ? creator : e.actorFor(ep);
    }

    /**
     * Puts an id for every required foreign key in a variable: a fresh parent (created first) when the key is
     * part of a unique index, else the first listed row. False when no parent can be had.
     */
    static boolean parents(EntityFacts e, List<EntityFacts> all, List<Step> steps, Map<String, String> fkVars) {
        return parents(e, all, steps, fkVars, 0);
    }

    private static boolean parents(EntityFacts e, List<EntityFacts> all, List<Step> steps, Map<String, String> fkVars,
                                   int depth) {
        for (Column fk : e.writableForeignKeys()) {
            if (fk.nullable()) {
                continue;
            }
            String target = e.table().foreignKeys().stream().filter(f -> f.column().equals(fk.name()))
                    .map(f -> f.referencedTable()).findFirst().orElse("");
            Optional<EntityFacts> parent = all.stream().filter(p -> p.table().name().equals(target)).findFirst();
            if (parent.isEmpty()) {
                return false;
            }
            String var = fk.property() + "Parent" + depth;
            if (!(created(parent.get(), all, steps, var, depth) || listed(parent.get(), steps, var))) {
                return false;
            }
            fkVars.put(fk.property(), var);
        }
        return true;
    }

    private static boolean created(EntityFacts parent, List<EntityFacts> all, List<Step> steps, String var,
                                   int depth) {
        Optional<Endpoint> create = parent.endpoint(EndpointKind.CREATE);
        Map<String, String> vars = new LinkedHashMap<>();
        if (create.isEmpty() || depth > 2 || !parents(parent, all, steps, vars, depth + 1)) {
            return false;
        }
        steps.add(Step.ok(parent.actorFor(create.get()), "POST", create.get().path(),
                SampleBody.of(parent, vars, "p" + depth), 201, Shape.object(parent.readable())).capturing(var,
                "/data/id"));
        return true;
    }

    private static boolean listed(EntityFacts parent, List<Step> steps, String var) {
        Optional<Endpoint> list = parent.endpoint(EndpointKind.LIST);
        if (list.isEmpty()) {
            return false;
        }
        steps.add(Step.ok(parent.actorFor(list.get()), "GET", list.get().path() + "?limit=1", null, 200,
                Shape.list(1, 1)).capturing(var, "/data/0/id"));
        return true;
    }
}
