package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The auth helper: one click logs in as a seed user. JWT tokens go into the environment ({@code token},
 * {@code refreshToken}) so {@code Bearer {{token}}} headers work; sessions live in the shared cookie jar.
 * Shows who is logged in, the decoded claims and the expiry.
 */
public final class AuthViewModel {
    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObjectProperty<Project> project;
    private final ObservableMap<String, String> environment;
    private final StringProperty state = new SimpleStringProperty("Not logged in");
    private final StringProperty claims = new SimpleStringProperty("");

    public AuthViewModel(PlaygroundHttp http, Executor ui, ObjectProperty<Project> project,
                         ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.project = project;
        this.environment = environment;
    }

    public CompletableFuture<HttpResult> loginAs(SeedLogin user) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put(RequestTemplates.loginProperty(project.get()), user.login()).put("password", user.password());
        return post("/api/auth/login", body.toString()).thenApply(r -> {
            ui.execute(() -> afterLogin(r, user.login()));
            return r;
        });
    }

    public CompletableFuture<HttpResult> refresh() {
        String refreshToken = environment.getOrDefault("refreshToken", "");
        String body = JsonNodeFactory.instance.objectNode().put("refreshToken", refreshToken).toString();
        return post("/api/auth/refresh", body).thenApply(r -> {
            ui.execute(() -> afterLogin(r, state.get().replaceFirst("^Logged in as ", "")));
            return r;
        });
    }

    public CompletableFuture<HttpResult> logout() {
        String body = JsonNodeFactory.instance.objectNode()
                .put("refreshToken", environment.getOrDefault("refreshToken", "")).toString();
        return post("/api/auth/logout", body).thenApply(r -> {
            ui.execute(() -> {
                environment.remove("token");
                environment.remove("refreshToken");
                http.clearCookies();
                claims.set("");
                state.set(r.ok() ? "Logged out" : "Logout failed: " + describe(r));
            });
            return r;
        });
    }

    private CompletableFuture<HttpResult> post(String path, String body) {
        RequestSpec spec = new RequestSpec("POST", "{{baseUrl}}" + path,
                Map.of("Content-Type", "application/json", "Accept", "application/json"), body);
        return http.send(spec.resolve(Map.copyOf(environment)));
    }

    private void afterLogin(HttpResult r, String who) {
        if (!r.ok()) {
            state.set("Login failed: " + describe(r));
            return;
        }
        JsonNode data = JsonText.parse(r.body()).map(b -> b.path("data")).orElse(JsonNodeFactory.instance.objectNode());
        String token = data.path("accessToken").asText("");
        if (!token.isEmpty()) {
            environment.put("token", token);
            environment.put("refreshToken", data.path("refreshToken").asText(""));
            claims.set(JwtClaims.payload(token).map(JsonNode::toPrettyString).orElse("")
                    + JwtClaims.expiry(token).map(exp -> "\nexpires " + exp).orElse(""));
        } else {
            claims.set("Session cookie: " + http.cookies().stream().map(c -> c.getName() + " (HttpOnly="
                    + c.isHttpOnly() + ")").reduce((a, b) -> a + ", " + b).orElse("none"));
        }
        state.set("Logged in as " + who);
    }

    private static String describe(HttpResult r) {
        if (r.error() != null) {
            return r.error();
        }
        return r.status() + " " + JsonText.parse(r.body()).map(b -> b.path("error").asText("")).orElse("");
    }

    public StringProperty stateProperty() { return state; }
    public StringProperty claimsProperty() { return claims; }
}
