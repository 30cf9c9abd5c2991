package dev.stackbench.model.scenario;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pagination edges, filters and sorting of an entity's list, and routing failures (404, 405). */
final class ListScenarios {
    private ListScenarios() {
    }

    static List<Scenario> of(EntityFacts e) {
        Optional<Endpoint> list = e.endpoint(EndpointKind.LIST);
        if (list.isEmpty()) {
            return List.of();
        }
        String actor = e.actorFor(list.get());
        String path = list.get().path();
        int max = e.project().apiStyle().maxPageSize();
        String name = e.entity().name() + " list: ";
        List<Scenario> out = new ArrayList<>();
        out.add(page(name + "limit=1 returns at most one row", Step.ok(actor, "GET", path + "?limit=1", null, 200,
                Shape.list(1, 1))));
        out.add(page(name + "a huge limit is capped, not refused", Step.ok(actor, "GET", path + "?limit=100000", null,
                200, Shape.list(max, max))));
        out.add(page(name + "a page past the end is empty", Step.ok(actor, "GET", path + "?page=100000", null, 200,
                Shape.list(null, 0))));
        out.add(page(name + "page=0 is a 400", Step.fails(actor, "GET", path + "?page=0", null, 400,
                "Invalid request", List.of(new Step.FieldMessage("page", "must be a positive integer")))));
        out.add(page(name + "an unknown filter is a 400", Step.fails(actor, "GET", path + "?noSuchFilter=1", null, 400,
                "Invalid request", List.of(new Step.FieldMessage("noSuchFilter", "is not a filter of this list")))));
        out.add(page(name + "sorting by an unsortable property is a 400", Step.fails(actor, "GET",
                path + "?sort=noSuchField", null, 400, "Invalid request",
                List.of(new Step.FieldMessage("sort", "cannot sort by noSuchField")))));
        for (String sortable : list.get().sortable()) {
            out.add(page(name + "sorts by -" + sortable, Step.ok(actor, "GET", path + "?sort=-" + sortable, null, 200,
                    Shape.list(null, null))));
        }
        return out;
    }

    private static Scenario page(String name, Step step) {
        return new Scenario(name, "pagination", List.of(step));
    }

    static List<Scenario> routing(List<EntityFacts> facts) {
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario("an unknown path is a 404", "routing", List.of(Step.fails(null, "GET",
                "/api/no-such-resource", null, 404, "No route for GET /api/no-such-resource", List.of()))));
        for (EntityFacts e : facts) {
            Optional<Endpoint> list = e.endpoint(EndpointKind.LIST);
            boolean hasPut = e.endpoints().stream().anyMatch(ep -> ep.path().equals(list.map(Endpoint::path)
                    .orElse("")) && ep.method().name().equals("PUT"));
            if (list.isPresent() && !hasPut) {
                out.add(new Scenario(e.entity().name() + ": PUT on the collection is a 405", "routing",
                        List.of(Step.fails(null, "PUT", list.get().path(), "{}", 405, "Method PUT not allowed",
                                List.of()))));
                break;
            }
        }
        return out;
    }
}
