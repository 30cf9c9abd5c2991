package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openapi.yaml}, OpenAPI 3.1: every route of the model with its parameters, request and response schemas
 * (the envelope, pages and the error shape with field errors), the statuses the wire contract gives it, the auth
 * routes, the SSE routes, the operational routes and the security scheme of the auth strategy.
 */
public final class OpenApiWriter {
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private OpenApiWriter() {
    }

    public static GeneratedFile write(Project project) {
        return new GeneratedFile("openapi.yaml", yaml(project));
    }

    public static String yaml(Project project) {
        return Yaml.write(document(project));
    }

    static ObjectNode document(Project project) {
        ExportedApp app = ExportedApp.of(project);
        RelationalPlan plan = PlanBuilder.build(project);
        ObjectNode doc = Yaml.object().put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info").put("title", app.title()).put("version", app.version());
        info.put("description", project.meta().description().isBlank() ? app.title() + " API"
                : project.meta().description());
        doc.putArray("servers").addObject().put("url", "http://localhost:" + ExportedApp.PORT);
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        Envelopes.common(schemas);
        components.set("responses", Envelopes.responses());
        security(project, components.putObject("securitySchemes"));
        if (project.auth().enabled() && scheme(project).equals("bearerAuth")) {
            schemas.set("TokenPair", AuthPaths.tokenPair());
        }
        for (Entity entity : project.entities()) {
            plan.tableOfEntity(entity.id()).ifPresent(table -> entity(project, entity, table, schemas, paths));
        }
        for (Endpoint ep : project.endpoints()) {
            boolean orphan = ep.entityId() == null || project.entity(ep.entityId()).flatMap(e -> plan.tableOfEntity(e.id()))
                    .isEmpty();
            if (orphan) {
                ObjectNode path = paths.has(ep.path()) ? (ObjectNode) paths.get(ep.path()) : paths.putObject(ep.path());
                path.set(ep.method().name().toLowerCase(java.util.Locale.ROOT), operation(project, null, null, null, ep));
            }
        }
        AuthPaths.add(project, paths);
        for (Channel channel : project.channels()) {
            if (channel.transport() == Transport.SSE) {
                StreamPaths.add(project, channel, paths);
            }
        }
        OpsPaths.add(paths);
        Extensions.auth(doc, project);
        Extensions.rateLimits(doc, project);
        return doc;
    }

    private static void entity(Project project, Entity entity, Table table, ObjectNode schemas, ObjectNode paths) {
        String name = Naming.pascal(entity.name());
        schemas.set(name, Schemas.row(project, entity, table));
        schemas.set(name + "Write", Schemas.body(project, entity, table, true));
        schemas.set(name + "Patch", Schemas.body(project, entity, table, false));
        schemas.set(name + "Envelope", Envelopes.of("#/components/schemas/" + name, false));
        schemas.set(name + "Page", Envelopes.of("#/components/schemas/" + name, true));
        for (Endpoint ep : project.endpointsOf(entity.id())) {
            ObjectNode path = paths.has(ep.path()) ? (ObjectNode) paths.get(ep.path()) : paths.putObject(ep.path());
            path.set(ep.method().name().toLowerCase(java.util.Locale.ROOT), operation(project, entity, table, name, ep));
        }
    }

    private static ObjectNode operation(Project project, Entity entity, Table table, String name, Endpoint ep) {
        ObjectNode op = Yaml.object();
        op.putArray("tags").add(entity == null ? "custom" : Naming.resourceName(entity));
        op.put("operationId", Naming.camel(ep.id().replaceAll("[^A-Za-z0-9]+", " ").trim()));
        op.put("summary", ep.summary().isBlank() ? ep.method() + " " + ep.path() : ep.summary());
        ArrayNode params = op.putArray("parameters");
        Matcher m = PATH_VARIABLE.matcher(ep.path());
        while (m.find()) {
            ObjectNode p = params.addObject().put("name", m.group(1)).put("in", "path").put("required", true);
            p.set("schema", table == null ? Yaml.object().put("type", "string")
                    : Schemas.type(table.columns().get(0).type(), null, false));
        }
        Map<String, String> responses = new LinkedHashMap<>();
        switch (ep.kind()) {
            case LIST -> {
                ListParameters.add(project, table, ep, params);
                responses.put("200", "#/components/schemas/" + name + "Page");
                responses.put("400", null);
            }
            case GET -> responses.put("200", "#/components/schemas/" + name + "Envelope");
            case CREATE, UPDATE, PATCH -> {
                String body = ep.kind() == EndpointKind.PATCH ? name + "Patch" : name + "Write";
                op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                        .putObject("schema").put("$ref", "#/components/schemas/" + body);
                responses.put(ep.kind() == EndpointKind.CREATE ? "201" : "200", "#/components/schemas/" + name + "Envelope");
                responses.put("400", null);
                responses.put("409", null);
                responses.put("413", null);
                responses.put("415", null);
                responses.put("422", null);
            }
            case DELETE -> {
                responses.put("204", null);
                responses.put("409", null);
            }
            case CUSTOM -> {
                responses.put(Integer.toString(ep.exampleStatus()), "");
                responses.put("501", null);
            }
        }
        if (ep.kind() != EndpointKind.LIST && ep.kind() != EndpointKind.CREATE || ep.scopeRelationshipId() != null) {
            responses.put("404", null);
        }
        if (ep.authRequired() && project.auth().enabled()) {
            responses.put("401", null);
            if (!ep.roles().isEmpty() || ep.ownerOnly()) {
                responses.put("403", null);
            }
            op.putArray("security").addObject().putArray(scheme(project));
        } else {
            op.putArray("security").addObject();
        }
        responses.put("429", null);
        responses.put("500", null);
        op.set("responses", Envelopes.answer(responses, ep));
        Extensions.endpoint(op, ep);
        if (ep.kind() == EndpointKind.CUSTOM) {
            Extensions.example((ObjectNode) op.get("responses"), ep);
        }
        if (params.isEmpty()) {
            op.remove("parameters");
        }
        return op;
    }

    static String scheme(Project project) {
        AuthStrategy issued = project.auth().strategy() == AuthStrategy.OAUTH ? project.auth().oauth().issueAs()
                : project.auth().strategy();
        return issued == AuthStrategy.JWT ? "bearerAuth" : "cookieAuth";
    }

    private static void security(Project project, ObjectNode schemes) {
        if (!project.auth().enabled()) {
            return;
        }
        if (scheme(project).equals("bearerAuth")) {
            schemes.putObject("bearerAuth").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        } else {
            schemes.putObject("cookieAuth").put("type", "apiKey").put("in", "cookie")
                    .put("name", project.auth().session().cookieName());
        }
        if (project.auth().strategy() == AuthStrategy.OAUTH) {
            ObjectNode code = schemes.putObject("oauth2").put("type", "oauth2").putObject("flows")
                    .putObject("authorizationCode");
            code.put("authorizationUrl", orDefault(project.auth().oauth().authorizeUrl(), "https://provider.example/authorize"));
            code.put("tokenUrl", orDefault(project.auth().oauth().tokenUrl(), "https://provider.example/token"));
            ObjectNode scopes = code.putObject("scopes");
            project.auth().oauth().scopes().forEach(s -> scopes.put(s, s));
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
