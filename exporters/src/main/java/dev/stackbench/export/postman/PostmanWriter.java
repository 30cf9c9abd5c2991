package dev.stackbench.export.postman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.sample.ExampleValues;
import dev.stackbench.model.scenario.Accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Postman collection (v2.1) with one folder per resource and one request per endpoint (example bodies from the
 * model), an "Auth" folder whose login stores the access token in the environment (JWT) or relies on the cookie
 * jar (sessions), and the matching environment ({@code baseUrl}, login, password, token).
 */
public final class PostmanWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private PostmanWriter() {
    }

    public static List<GeneratedFile> write(Project project) {
        return List.of(new GeneratedFile("postman/collection.json", text(collection(project))),
                new GeneratedFile("postman/environment.json", text(environment(project))));
    }

    static ObjectNode collection(Project project) {
        ExportedApp app = ExportedApp.of(project);
        boolean jwt = ExportedApp.usesJwt(project);
        ObjectNode root = JSON.createObjectNode();
        root.putObject("info").put("name", app.title()).put("description", project.meta().description())
                .put("schema", SCHEMA);
        ArrayNode items = root.putArray("item");
        if (project.auth().enabled() && project.auth().passwordFieldId() != null && project.userEntity().isPresent()) {
            items.add(authFolder(project, jwt));
        }
        Map<String, ArrayNode> folders = new LinkedHashMap<>();
        for (Endpoint ep : project.endpoints()) {
            String folder = project.entity(ep.entityId() == null ? "" : ep.entityId()).map(Naming::resourceName)
                    .orElse("custom");
            folders.computeIfAbsent(folder, f -> {
                ObjectNode node = items.addObject().put("name", f);
                return node.putArray("item");
            }).add(request(project, ep));
        }
        if (jwt) {
            ObjectNode auth = root.putObject("auth").put("type", "bearer");
            auth.putArray("bearer").addObject().put("key", "token").put("value", "{{token}}").put("type", "string");
        }
        root.putArray("variable").addObject().put("key", "baseUrl").put("value", "http://localhost:" + ExportedApp.PORT);
        return root;
    }

    private static ObjectNode authFolder(Project project, boolean jwt) {
        ObjectNode folder = JSON.createObjectNode().put("name", "Auth");
        ArrayNode items = folder.putArray("item");
        String login = Accounts.loginProperty(project);
        ObjectNode request = items.addObject().put("name", "Login");
        if (jwt) {
            ObjectNode script = request.putArray("event").addObject().put("listen", "test").putObject("script")
                    .put("type", "text/javascript");
            script.putArray("exec").add("pm.test('signed in', () => pm.response.to.have.status(200));")
                    .add("const signedIn = pm.response.json().data;")
                    .add("pm.environment.set('token', signedIn.accessToken);")
                    .add("pm.environment.set('refreshToken', signedIn.refreshToken);");
        }
        ObjectNode r = request.putObject("request").put("method", "POST");
        r.putObject("auth").put("type", "noauth");
        header(r);
        body(r, "{\n  \"" + login + "\": \"{{login}}\",\n  \"password\": \"{{password}}\"\n}");
        url(r, "/api/auth/login");
        ObjectNode me = items.addObject().put("name", "Me").putObject("request").put("method", "GET");
        url(me, "/api/auth/me");
        return folder;
    }

    private static ObjectNode request(Project project, Endpoint ep) {
        ObjectNode item = JSON.createObjectNode().put("name", ep.summary().isBlank() ? ep.method() + " " + ep.path()
                : ep.summary());
        ObjectNode r = item.putObject("request").put("method", ep.method().name());
        if (!ep.authRequired()) {
            r.putObject("auth").put("type", "noauth");
        }
        boolean hasBody = ep.kind() == EndpointKind.CREATE || ep.kind() == EndpointKind.UPDATE
                || ep.kind() == EndpointKind.PATCH;
        if (hasBody) {
            header(r);
            Entity entity = project.entity(ep.entityId()).orElseThrow();
            try {
                body(r, JSON.writeValueAsString(ExampleValues.body(project, entity, 1)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        url(r, ep.path().replaceAll("\\{[^}]+}", "1"));
        return item;
    }

    private static void header(ObjectNode request) {
        request.putArray("header").addObject().put("key", "Content-Type").put("value", "application/json");
    }

    private static void body(ObjectNode request, String raw) {
        ObjectNode body = request.putObject("body").put("mode", "raw").put("raw", raw);
        body.putObject("options").putObject("raw").put("language", "json");
    }

    private static void url(ObjectNode request, String path) {
        ObjectNode url = request.putObject("url").put("raw", "{{baseUrl}}" + path);
        url.putArray("host").add("{{baseUrl}}");
        ArrayNode segments = url.putArray("path");
        for (String segment : path.substring(1).split("/")) {
            segments.add(segment);
        }
    }

    static ObjectNode environment(Project project) {
        ObjectNode env = JSON.createObjectNode().put("name", ExportedApp.of(project).title() + " (local)");
        ArrayNode values = env.putArray("values");
        values.addObject().put("key", "baseUrl").put("value", "http://localhost:" + ExportedApp.PORT)
                .put("enabled", true);
        String role = project.auth().roles().isEmpty() ? null : project.auth().roles().get(0).name();
        values.addObject().put("key", "login").put("value", role == null ? "" : role + "@example.com")
                .put("enabled", true);
        values.addObject().put("key", "password").put("value", "").put("type", "secret").put("enabled", true);
        values.addObject().put("key", "token").put("value", "").put("type", "secret").put("enabled", true);
        return env;
    }

    private static String text(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
