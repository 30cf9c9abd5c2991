package dev.stackbench.model.scenario;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Auth failures (no credentials, a forged token), role rules (a role the endpoint does not allow gets 403) and
 * ownership (a freshly registered user cannot change a row someone else created).
 */
final class AccessScenarios {
    private static final String FORGED = "bearer:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";

    private AccessScenarios() {
    }

    static List<Scenario> of(EntityFacts e, List<EntityFacts> all) {
        if (!e.project().auth().enabled()) {
            return List.of();
        }
        List<Scenario> out = new ArrayList<>();
        for (Endpoint ep : e.endpoints()) {
            if (!ep.authRequired() || ep.scopeRelationshipId() != null || ep.kind() == EndpointKind.CUSTOM) {
                continue;
            }
            String path = ep.path().replace("{id}", "1");
            String body = ep.method().name().equals("GET") || ep.method().name().equals("DELETE") ? null : "{}";
            out.add(new Scenario(ep.method() + " " + ep.path() + " without credentials is a 401", "auth",
                    List.of(Step.fails(null, ep.method().name(), path, body, 401, "Authentication required",
                            List.of()))));
            out.add(new Scenario(ep.method() + " " + ep.path() + " with a forged token is a 401", "auth",
                    List.of(Step.fails(FORGED, ep.method().name(), path, body, 401, "Invalid or expired credentials",
                            List.of()))));
            outsider(e.project(), ep).ifPresent(role -> out.add(new Scenario(ep.method() + " " + ep.path()
                    + " as " + role + " is a 403", "roles", List.of(Step.fails("role:" + role, ep.method().name(),
                    path, body, 403, "You do not have permission to do this", List.of())))));
        }
        ownership(e, all).ifPresent(out::add);
        return out;
    }

    /** A role of the project that the endpoint does not allow, if any. */
    private static Optional<String> outsider(Project project, Endpoint ep) {
        if (ep.roles().isEmpty()) {
            return Optional.empty();
        }
        return project.auth().roles().stream().map(Role::name).filter(r -> !ep.roles().contains(r)).findFirst();
    }

    private static Optional<Scenario> ownership(EntityFacts e, List<EntityFacts> all) {
        Optional<Endpoint> create = e.endpoint(EndpointKind.CREATE);
        Optional<Endpoint> patch = e.endpoint(EndpointKind.PATCH).filter(Endpoint::ownerOnly);
        String registeredRole = e.project().auth().defaultRole();
        if (e.project().auth().passwordFieldId() == null || create.isEmpty() || patch.isEmpty() || e.owner().isEmpty() || registeredRole == null
                || patch.get().ownerExemptRoles().contains(registeredRole)
                || !patch.get().roles().isEmpty() && !patch.get().roles().contains(registeredRole)) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        Map<String, String> fkVars = new LinkedHashMap<>();
        if (!CrudScenarios.parents(e, all, steps, fkVars)) {
            return Optional.empty();
        }
        steps.add(Step.ok(e.actorFor(create.get()), "POST", create.get().path(), SampleBody.of(e, fkVars, "o"), 201,
                Shape.object(e.readable())).capturing("id", "/data/id"));
        steps.add(Step.fails("registered", "PATCH", create.get().path() + "/{id}", "{}", 403,
                "You can only change your own " + e.words(), List.of()));
        return Optional.of(new Scenario(e.entity().name() + ": another user cannot change it", "ownership", steps));
    }

    static List<Scenario> login(Project project) {
        if (!project.auth().enabled() || project.userEntity().isEmpty()) {
            return List.of();
        }
        String login = project.userEntity().get().field(project.auth().loginFieldId())
                .map(f -> SampleBody.camel(f.name())).orElse("email");
        List<Scenario> me = List.of(
                new Scenario("me without credentials is a 401", "auth", List.of(Step.fails(null, "GET",
                        "/api/auth/me", null, 401, "Authentication required", List.of()))),
                new Scenario("me with a forged token is a 401", "auth", List.of(Step.fails(FORGED, "GET",
                        "/api/auth/me", null, 401, "Invalid or expired credentials", List.of()))));
        if (project.auth().passwordFieldId() == null) {
            return me;
        }
        String body = "{\"" + login + "\":\"nobody@example.com\",\"password\":\"wrong-password\"}";
        List<Scenario> all = new ArrayList<>(me);
        all.add(new Scenario("a wrong password is a 401", "auth", List.of(Step.fails(null, "POST", "/api/auth/login",
                body, 401, "Invalid login or password", List.of()))));
        return all;
    }
}
