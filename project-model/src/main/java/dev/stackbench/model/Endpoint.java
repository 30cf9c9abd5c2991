package dev.stackbench.model;

import java.util.List;

/**
 * A REST endpoint. {@code roles} empty means any authenticated caller (when {@code authRequired}).
 * {@code ownerOnly} restricts the endpoint to rows the caller owns (see {@link Entity#ownerRelationshipId()}),
 * except for callers holding one of {@code ownerExemptRoles}. {@code scopeRelationshipId} makes a nested route:
 * the path variable binds the foreign key of that many-to-one relationship of the endpoint's entity.
 * Custom endpoints answer live with {@code exampleStatus} and {@code exampleResponse} (a JSON text).
 */
public record Endpoint(
        String id,
        String entityId,
        EndpointKind kind,
        HttpMethod method,
        String path,
        String summary,
        boolean authRequired,
        List<String> roles,
        boolean ownerOnly,
        List<String> ownerExemptRoles,
        String rateLimitClass,
        List<String> filterable,
        List<String> sortable,
        String scopeRelationshipId,
        int exampleStatus,
        String exampleResponse) {

    public Endpoint {
        kind = kind == null ? EndpointKind.CUSTOM : kind;
        method = method == null ? HttpMethod.GET : method;
        summary = summary == null ? "" : summary;
        roles = Lists.copy(roles);
        ownerExemptRoles = Lists.copy(ownerExemptRoles);
        filterable = Lists.copy(filterable);
        sortable = Lists.copy(sortable);
        exampleStatus = exampleStatus == 0 ? 200 : exampleStatus;
    }

    public Endpoint withPath(String v) { return new Endpoint(id, entityId, kind, method, v, summary, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withMethod(HttpMethod v) { return new Endpoint(id, entityId, kind, v, path, summary, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withSummary(String v) { return new Endpoint(id, entityId, kind, method, path, v, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withAuthRequired(boolean v) { return new Endpoint(id, entityId, kind, method, path, summary, v, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withRoles(List<String> v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, v, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withOwnerOnly(boolean v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, v, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withOwnerExemptRoles(List<String> v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, ownerOnly, v, rateLimitClass, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withRateLimitClass(String v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, ownerOnly, ownerExemptRoles, v, filterable, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withFilterable(List<String> v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, v, sortable, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withSortable(List<String> v) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, v, scopeRelationshipId, exampleStatus, exampleResponse); }
    public Endpoint withExample(int status, String body) { return new Endpoint(id, entityId, kind, method, path, summary, authRequired, roles, ownerOnly, ownerExemptRoles, rateLimitClass, filterable, sortable, scopeRelationshipId, status, body); }
}
