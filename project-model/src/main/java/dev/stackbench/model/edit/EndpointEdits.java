package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Endpoints beyond the derived CRUD: custom ones are added with an example answer the live server gives until
 * the exported service method is written; any endpoint can be removed (a read-only resource drops its writes),
 * and features stop linking to what is gone.
 */
public final class EndpointEdits {
    private EndpointEdits() {
    }

    /** A public {@code GET /api/action}, {@code /api/action-2}… answering 200 with an empty object. */
    public static Project addCustom(Project project) {
        String path = Naming.free("/api/action", "-", p -> project.endpoints().stream()
                .anyMatch(e -> e.path().equals(p)));
        Endpoint custom = new Endpoint(Ids.next("ep"), null, EndpointKind.CUSTOM, HttpMethod.GET, path,
                "A custom action", false, List.of(), false, List.of(), null, List.of(), List.of(), null, 200, "{}");
        return project.withEndpoints(Lists.plus(project.endpoints(), custom));
    }

    public static Project remove(Project project, String endpointId) {
        return removeWhere(project, e -> e.id().equals(endpointId));
    }

    /** Drops the endpoints {@code gone} matches, and every feature's link to them. */
    public static Project removeWhere(Project project, Predicate<Endpoint> gone) {
        Set<String> ids = project.endpoints().stream().filter(gone).map(Endpoint::id).collect(Collectors.toSet());
        return project.withEndpoints(project.endpoints().stream().filter(e -> !ids.contains(e.id())).toList())
                .withFeatures(project.features().stream().map(f -> f.withEndpointIds(f.endpointIds().stream()
                        .filter(id -> !ids.contains(id)).toList())).toList());
    }
}
