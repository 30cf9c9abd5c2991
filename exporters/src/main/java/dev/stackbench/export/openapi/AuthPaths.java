package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;

/** The fixed auth routes of the contract, as the model's strategy has them. */
final class AuthPaths {
    private AuthPaths() {
    }

    static void add(Project project, ObjectNode paths) {
        if (!project.auth().enabled() || project.userEntity().isEmpty()) {
            return;
        }
        String user = "#/components/schemas/" + Naming.pascal(project.userEntity().get().name());
        boolean jwt = OpenApiWriter.scheme(project).equals("bearerAuth");
        boolean passwords = project.auth().passwordFieldId() != null;
        String login = project.userEntity().get().field(project.auth().loginFieldId()).map(Naming::property)
                .orElse("email");
        if (passwords) {
            post(paths, "/api/auth/register", "register", "Create an account and sign in", credentialsBody(login, true),
                    signedIn(user, jwt), "201", "400", "409", "415", "422", "429");
            post(paths, "/api/auth/login", "login", "Sign in with login and password", credentialsBody(login, false),
                    signedIn(user, jwt), "200", "400", "401", "415", "422", "429");
        }
        if (jwt) {
            post(paths, "/api/auth/refresh", "refresh", "Trade a refresh token for a new pair (rotates; reuse revokes)",
                    refreshBody(), Envelopes.of("#/components/schemas/TokenPair", false), "200", "400", "401", "422", "429");
        }
        ObjectNode logout = paths.putObject("/api/auth/logout").putObject("post").put("operationId", "logout")
                .put("summary", jwt ? "Revoke the refresh token's family" : "End the session and clear its cookie");
        if (jwt) {
            logout.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .set("schema", refreshBody());
        }
        logout.putArray("tags").add("auth");
        ObjectNode lr = logout.putObject("responses");
        lr.putObject("204").put("description", "Signed out");
        lr.putObject("429").put("$ref", "#/components/responses/TooManyRequests");
        ObjectNode me = paths.putObject("/api/auth/me").putObject("get").put("operationId", "me")
                .put("summary", "The signed-in user");
        me.putArray("tags").add("auth");
        me.putArray("security").addObject().putArray(OpenApiWriter.scheme(project));
        ObjectNode mr = me.putObject("responses");
        mr.putObject("200").put("description", "The user").putObject("content").putObject("application/json")
                .set("schema", Envelopes.of(user, false));
        mr.putObject("401").put("$ref", "#/components/responses/Unauthorized");
        if (project.auth().strategy() == AuthStrategy.OAUTH) {
            ObjectNode start = paths.putObject("/api/auth/oauth/login").putObject("get").put("operationId", "oauthLogin")
                    .put("summary", "Start the provider login (authorization code + PKCE)");
            start.putArray("tags").add("auth");
            start.putObject("responses").putObject("302").put("description", "Redirect to the provider");
            ObjectNode callback = paths.putObject("/api/auth/oauth/callback").putObject("get")
                    .put("operationId", "oauthCallback").put("summary", "Finish the provider login");
            callback.putArray("tags").add("auth");
            ObjectNode params = callback.putArray("parameters").addObject().put("name", "code").put("in", "query")
                    .put("required", true);
            params.putObject("schema").put("type", "string");
            ((com.fasterxml.jackson.databind.node.ArrayNode) callback.get("parameters")).addObject().put("name", "state")
                    .put("in", "query").put("required", true).putObject("schema").put("type", "string");
            ObjectNode cr = callback.putObject("responses");
            cr.putObject("200").put("description", "Signed in").putObject("content").putObject("application/json")
                    .set("schema", signedIn(user, jwt));
            cr.putObject("400").put("$ref", "#/components/responses/BadRequest");
            cr.putObject("401").put("$ref", "#/components/responses/Unauthorized");
        }
    }

    private static void post(ObjectNode paths, String path, String id, String summary, ObjectNode body,
                             ObjectNode success, String okStatus, String... failures) {
        ObjectNode op = paths.putObject(path).putObject("post").put("operationId", id).put("summary", summary);
        op.putArray("tags").add("auth");
        op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                .set("schema", body);
        ObjectNode responses = op.putObject("responses");
        responses.putObject(okStatus).put("description", summary).putObject("content").putObject("application/json")
                .set("schema", success);
        for (String failure : failures) {
            responses.putObject(failure).put("$ref", "#/components/responses/" + name(failure));
        }
    }

    private static String name(String status) {
        return switch (status) {
            case "400" -> "BadRequest";
            case "401" -> "Unauthorized";
            case "409" -> "Conflict";
            case "415" -> "UnsupportedMediaType";
            case "422" -> "Unprocessable";
            case "429" -> "TooManyRequests";
            default -> "ServerError";
        };
    }

    private static ObjectNode credentialsBody(String login, boolean register) {
        ObjectNode schema = Yaml.object().put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.putObject(login).put("type", "string");
        p.putObject("password").put("type", "string").put("minLength", register ? 8 : 1).put("maxLength", 128)
                .put("writeOnly", true);
        schema.putArray("required").add(login).add("password");
        if (!register) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private static ObjectNode refreshBody() {
        ObjectNode schema = Yaml.object().put("type", "object");
        schema.putObject("properties").putObject("refreshToken").put("type", "string");
        schema.putArray("required").add("refreshToken");
        return schema;
    }

    /** The refresh answer's data: a new token pair. */
    static ObjectNode tokenPair() {
        ObjectNode schema = Yaml.object().put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.putObject("accessToken").put("type", "string");
        p.putObject("refreshToken").put("type", "string");
        p.putObject("tokenType").put("const", "Bearer");
        p.putObject("expiresIn").put("type", "integer");
        schema.putArray("required").add("accessToken").add("refreshToken").add("tokenType").add("expiresIn");
        return schema;
    }

    private static ObjectNode signedIn(String user, boolean jwt) {
        ObjectNode data = Yaml.object().put("type", "object");
        ObjectNode p = data.putObject("properties");
        p.putObject("user").put("$ref", user);
        if (jwt) {
            p.putObject("accessToken").put("type", "string");
            p.putObject("refreshToken").put("type", "string");
            p.putObject("tokenType").put("const", "Bearer");
            p.putObject("expiresIn").put("type", "integer");
        }
        ObjectNode envelope = Envelopes.of("#/components/schemas/Meta", false);
        ((ObjectNode) envelope.get("properties")).set("data", data);
        return envelope;
    }
}
