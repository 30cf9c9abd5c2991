package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.sample.ExampleValues;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills a request from a model endpoint ({@code variant} varies unique example values between calls): method, {@code {{baseUrl}}} URL with path variables set to seed id 1,
 * list query parameters, JSON headers, a valid example body, and the token header when the endpoint needs it.
 */
public final class RequestTemplates {
    private RequestTemplates() {
    }

    public static RequestSpec forEndpoint(Project project, Endpoint endpoint, int variant) {
        String path = endpoint.path().replaceAll("\\{[^}/]+}", "1");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        String body = "";
        if (endpoint.kind() == EndpointKind.LIST) {
            path = path + "?page=1&limit=" + project.apiStyle().defaultPageSize();
        }
        Entity entity = endpoint.entityId() == null ? null : project.entity(endpoint.entityId()).orElse(null);
        if (entity != null && hasBody(endpoint.kind())) {
            headers.put("Content-Type", "application/json");
            body = pretty(bodyFor(project, entity, endpoint.kind(), variant));
        }
        if (endpoint.authRequired() && usesBearer(project)) {
            headers.put("Authorization", "Bearer {{token}}");
        }
        return new RequestSpec(endpoint.method().name(), "{{baseUrl}}" + path, headers, body);
    }

    /** JWT (and OAuth issuing JWTs) authenticate by header; sessions by the cookie jar. */
    public static boolean usesBearer(Project project) {
        AuthStrategy strategy = project.auth().strategy();
        return strategy == AuthStrategy.JWT
                || (strategy == AuthStrategy.OAUTH && project.auth().oauth().issueAs() == AuthStrategy.JWT);
    }

    private static boolean hasBody(EndpointKind kind) {
        return kind == EndpointKind.CREATE || kind == EndpointKind.UPDATE || kind == EndpointKind.PATCH;
    }

    private static ObjectNode bodyFor(Project project, Entity entity, EndpointKind kind, int variant) {
        ObjectNode full = ExampleValues.body(project, entity, variant);
        if (kind != EndpointKind.PATCH || full.isEmpty()) {
            return full;
        }
        ObjectNode patch = full.objectNode();
        String first = full.fieldNames().next();
        patch.set(first, full.get(first));
        return patch;
    }

    /** What the list accepts besides page and limit: the endpoint's filters and sort fields from the model. */
    public static String queryHints(Project project, Endpoint endpoint) {
        if (endpoint.kind() != EndpointKind.LIST) {
            return "";
        }
        String filters = endpoint.filterable().isEmpty() ? "none" : String.join(", ", endpoint.filterable());
        String sorts = endpoint.sortable().isEmpty() ? "none" : String.join(", ", endpoint.sortable());
        return "page (1…), limit (max " + project.apiStyle().maxPageSize() + ") · filter: " + filters
                + " · sort: " + sorts + " (prefix - for descending)";
    }

    public static String loginProperty(Project project) {
        return project.userEntity().flatMap(u -> u.field(project.auth().loginFieldId()))
                .map(Naming::property).orElse("email");
    }

    static String pretty(ObjectNode node) {
        return JsonText.pretty(node.toString());
    }
}
