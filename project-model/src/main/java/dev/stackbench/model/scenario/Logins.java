package dev.stackbench.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Field;
import dev.stackbench.model.Project;

import java.io.IOException;
import java.net.http.HttpResponse;

/** Logging in and registering for the runner, turning either answer into a header (bearer or cookie). */
final class Logins {
    private Logins() {
    }

    static String[] login(ScenarioRunner runner, Project project, ScenarioRunner.Account account) throws IOException {
        ObjectNode body = ScenarioRunner.json().createObjectNode();
        body.put(loginProperty(project), account.login());
        body.put("password", account.password());
        return credential(runner.postJson("/api/auth/login", body.toString()), "login");
    }

    static String[] register(ScenarioRunner runner, Project project) throws IOException {
        ObjectNode body = ScenarioRunner.json().createObjectNode();
        var user = project.userEntity().orElseThrow();
        for (Field f : user.fields()) {
            boolean skip = f.sensitive() || f.id().equals(project.auth().roleFieldId())
                    || !f.required() && f.pattern() != null;
            if (!skip) {
                body.set(SampleBody.camel(f.name()), ScenarioRunner.json().readTree(
                        SampleBody.value(f, "r").replace("{unique}", ScenarioRunner.unique())));
            }
        }
        body.put(loginProperty(project), "user" + ScenarioRunner.unique() + "@example.com");
        body.put("password", "Registered-pass-1");
        return credential(runner.postJson("/api/auth/register", body.toString()), "register");
    }

    private static String loginProperty(Project project) {
        return project.userEntity().flatMap(u -> u.field(project.auth().loginFieldId()))
                .map(f -> SampleBody.camel(f.name())).orElse("email");
    }

    private static String[] credential(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IOException(what + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode token = ScenarioRunner.json().readTree(r.body()).at("/data/accessToken");
        if (token.isTextual()) {
            return new String[] {"Authorization", "Bearer " + token.asText()};
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IOException(what
                + " gave neither a token nor a cookie"));
        return new String[] {"Cookie", cookie.split(";", 2)[0]};
    }
}
