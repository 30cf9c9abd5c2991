package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stackbench.model.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The auth helper: one click logs in as a seed user. JWT tokens go into the environment ({@code token},
 * {@code refreshToken}) so {@code Bearer {{token}}} headers work; sessions live in the shared cookie jar.
 * {@link #credentialsProperty()} says who is logged in, how, until when, with which claims and cookies.
 */
public final class AuthViewModel {
    private final PlaygroundHttp http;
    private final Executor ui;
    private final ObjectProperty<Project> project;
    private final ObservableMap<String, String> environment;
    private final StringProperty state = new SimpleStringProperty("Not logged in");
    private final ObjectProperty<Credentials> credentials = new SimpleObjectProperty<>();

    public AuthViewModel(PlaygroundHttp http, Executor ui, ObjectProperty<Project> project,
                         ObservableMap<String, String> environment) {
        this.http = http;
        this.ui = ui;
        this.project = project;
        this.environment = environment;
        credentials.set(Credentials.none(project.get().auth().strategy()));
    }

    public CompletableFuture<HttpResult> loginAs(SeedLogin user) {
        return SeedAuth.login(http, project.get(), baseUrl(), user).thenApply(r -> {
            ui.execute(() -> afterLogin(r, user, "Login"));
            return r;
        });
    }

    public CompletableFuture<HttpResult> refresh() {
        SeedLogin user = credentials.get().user();
        String body = JsonNodeFactory.instance.objectNode()
                .put("refreshToken", environment.getOrDefault("refreshToken", "")).toString();
        return SeedAuth.post(http, baseUrl() + "/api/auth/refresh", body).thenApply(r -> {
            ui.execute(() -> afterLogin(r, user, "Refresh"));
            return r;
        });
    }

    public CompletableFuture<HttpResult> logout() {
        String body = JsonNodeFactory.instance.objectNode()
                .put("refreshToken", environment.getOrDefault("refreshToken", "")).toString();
        return SeedAuth.post(http, baseUrl() + "/api/auth/logout", body).thenApply(r -> {
            ui.execute(() -> {
                environment.remove("token");
                environment.remove("refreshToken");
                http.clearCookies();
                credentials.set(Credentials.none(project.get().auth().strategy()));
                state.set(r.ok() ? "Logged out" : "Logout failed: " + describe(r));
            });
            return r;
        });
    }

    private String baseUrl() {
        return Variables.substitute("{{baseUrl}}", Map.copyOf(environment));
    }

    private void afterLogin(HttpResult r, SeedLogin user, String what) {
        if (!r.ok() || user == null) {
            state.set(what + " failed: " + describe(r));
            return;
        }
        String token = SeedAuth.accessToken(r);
        if (!token.isEmpty()) {
            environment.put("token", token);
            environment.put("refreshToken", SeedAuth.refreshToken(r));
        }
        credentials.set(new Credentials(user, project.get().auth().strategy(), JwtClaims.expiry(token).orElse(null),
                JwtClaims.readable(token, ZoneId.systemDefault()), SeedAuth.cookies(http, r)));
        state.set("Logged in: " + user);
    }

    private static String describe(HttpResult r) {
        if (r.error() != null) {
            return r.error();
        }
        return r.status() + " " + JsonText.parse(r.body()).map(b -> b.path("error").asText("")).orElse("");
    }

    public StringProperty stateProperty() { return state; }
    public ObjectProperty<Credentials> credentialsProperty() { return credentials; }
}
