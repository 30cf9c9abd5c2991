package dev.stackbench.server.rest;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.server.auth.AuthOutcome;
import dev.stackbench.server.auth.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST API of one model snapshot: routes from the model's endpoints (plus the auth routes), matched by
 * segments; 404 for no route, 405 with {@code Allow} for another method; then authentication, role check, the
 * endpoint's rate-limit class, and the action. Built anew on every hot reload.
 */
public final class RestApi implements ApiHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    private final RouteTable routes;
    private final Project project;
    private final RestContext ctx;

    private RestApi(RouteTable routes, Project project, RestContext ctx) {
        this.routes = routes;
        this.project = project;
        this.ctx = ctx;
    }

    public static RestApi build(Project project, RelationalPlan plan, RestContext ctx) {
        Repository repo = new Repository(plan, ctx.json());
        Map<String, Crud> cruds = new LinkedHashMap<>();
        for (Entity entity : project.entities()) {
            if (plan.tableOfEntity(entity.id()).isPresent()) {
                cruds.put(entity.id(), new Crud(Resource.of(project, plan, entity), repo, ctx, project.apiStyle()));
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Endpoint ep : project.endpoints()) {
            Route.Action action = action(ep, cruds.get(ep.entityId()), ctx);
            if (action != null) {
                routes.add(Route.of(ep.method().name(), ep.path(), ep, action));
            }
        }
        AuthRoutes.of(project, plan, ctx, repo).ifPresent(auth -> routes.addAll(auth.routes()));
        return new RestApi(new RouteTable(routes), project, ctx);
    }

    private static Route.Action action(Endpoint ep, Crud crud, RestContext ctx) {
        if (ep.kind() == EndpointKind.CUSTOM) {
            return call -> CustomAnswer.of(call, ctx.json());
        }
        if (crud == null) {
            return null;
        }
        return switch (ep.kind()) {
            case LIST -> crud::list;
            case GET -> crud::get;
            case CREATE -> crud::create;
            case UPDATE -> call -> crud.change(call, Validator.Mode.REPLACE);
            case PATCH -> call -> crud.change(call, Validator.Mode.PATCH);
            case DELETE -> crud::delete;
            case CUSTOM -> null;
        };
    }

    /** {@code GET /api/posts} for every route, for reload reports. */
    public List<String> routeNames() {
        return routes.all().stream().map(r -> r.method() + " " + r.template()).sorted().toList();
    }

    @Override
    public String routeOf(String method, String path) {
        RouteTable.Match match = routes.lookup(routingMethod(method), Route.split(path)).match();
        return match == null ? null : match.route().template();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            ApiResponse response = ApiResponse.of(e.status(), Envelope.failure(e.getMessage(), e.errors(),
                    request.requestId()));
            for (Map.Entry<String, String> h : e.headers().entrySet()) {
                response = response.withHeader(h.getKey(), h.getValue());
            }
            return response;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // A constraint the checks above did not foresee (a race between two writers): still a conflict.
                return ApiResponse.of(409, Envelope.failure("Conflict", List.of(), request.requestId()));
            }
            LOG.error("rid={} {} {} failed: {}", request.requestId(), request.method(), request.path(), e.toString());
            return ApiResponse.of(500, Envelope.failure("Internal server error", List.of(), request.requestId()));
        } catch (RuntimeException e) {
            LOG.error("rid={} {} {} failed: {}", request.requestId(), request.method(), request.path(), e.toString());
            return ApiResponse.of(500, Envelope.failure("Internal server error", List.of(), request.requestId()));
        }
    }

    private ApiResponse route(ApiRequest request) throws SQLException {
        RouteTable.Lookup lookup = routes.lookup(routingMethod(request.method()), Route.split(request.path()));
        RouteTable.Match match = lookup.match();
        if (match != null) {
            Route route = match.route();
            return route.action().run(new Call(request, route.endpoint(), match.vars(), guard(route, request)));
        }
        if (!lookup.allowed().isEmpty()) {
            List<String> allowed = new ArrayList<>(lookup.allowed());
            if (allowed.contains("GET")) {
                allowed.add(allowed.indexOf("GET") + 1, "HEAD");
            }
            throw new ApiException(405, "Method " + request.method() + " not allowed", List.of(),
                    Map.of("Allow", String.join(", ", allowed)));
        }
        throw new ApiException(404, "No route for " + request.method() + " " + request.path());
    }

    /** HEAD is a GET whose body the host leaves out (RFC 9110 §9.3.2), so it routes like one. */
    private static String routingMethod(String method) {
        return "HEAD".equals(method) ? "GET" : method;
    }

    /** Authentication, roles and the endpoint's own rate-limit class; returns the caller (null if anonymous). */
    private Caller guard(Route route, ApiRequest request) {
        AuthOutcome auth = request.auth();
        if (auth.kind() == AuthOutcome.Kind.INVALID) {
            throw ApiException.invalidCredentials();
        }
        Caller caller = auth.caller();
        Endpoint ep = route.endpoint();
        if (ep == null) {
            return caller;
        }
        if (ep.authRequired() && project.auth().enabled() && caller == null) {
            throw ApiException.authenticationRequired();
        }
        if (ep.authRequired() && !ep.roles().isEmpty() && (caller == null || !caller.hasAnyRole(ep.roles()))) {
            throw ApiException.forbidden();
        }
        rateLimit(ep, request, caller);
        return caller;
    }

    private void rateLimit(Endpoint ep, ApiRequest request, Caller caller) {
        if (ep.rateLimitClass() == null || ctx.rateLimitsOff()) {
            return;
        }
        RateLimitClass limit = project.production().rateLimit(ep.rateLimitClass()).orElse(null);
        if (limit == null) {
            return;
        }
        String key = limit.key() == RateLimitClass.Key.USER && caller != null ? "user:" + caller.id()
                : "ip:" + request.clientAddress();
        long wait = ctx.limiter().acquire(limit, key, System.nanoTime());
        if (wait > 0) {
            throw new ApiException(429, "Too many requests", List.of(), Map.of("Retry-After", Long.toString(wait)));
        }
    }
}
