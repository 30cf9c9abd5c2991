package dev.stackbench.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;

import java.io.IOException;
import java.util.Map;
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
        return credential(runner.postJson("/api/auth/register", ScenarioRunner.fill(Accounts.registerTemplate(project),
                Map.of())), "register");
    }

    private static String loginProperty(Project project) {
        return Accounts.loginProperty(project);
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
