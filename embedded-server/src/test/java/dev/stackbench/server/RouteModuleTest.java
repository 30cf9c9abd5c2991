package dev.stackbench.server;

import dev.stackbench.model.template.Templates;
import dev.stackbench.server.auth.AuthOutcome;
import dev.stackbench.server.events.EntityEvent;
import dev.stackbench.server.http.RouteModule;
import dev.stackbench.server.rest.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RouteModuleTest {
    private final List<EntityEvent> events = new CopyOnWriteArrayList<>();

    private final RouteModule module = (routes, services) -> {
        services.events().subscribe(events::add);
        routes.get("/api/probe/{channel}", ctx -> {
            AuthOutcome auth = services.authenticator().authenticate(ctx);
            if (auth.kind() != AuthOutcome.Kind.AUTHENTICATED) {
                throw ApiException.authenticationRequired();
            }
            ctx.result("stream " + ctx.pathParam("channel") + " for " + auth.caller().name());
        });
    };

    @Test
    void module_routes_win_over_the_rest_catch_all_and_run_behind_the_middleware() {
        LiveServerOptions options = LiveServerOptions.anyPort().withModules(List.of(module));
        try (LiveServer server = LiveServer.start(Templates.load("blog"), options)) {
            Http http = new Http(server.url());
            Http.Reply anonymous = http.get("/api/probe/activity");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.error()).isEqualTo("Authentication required");
            assertThat(anonymous.header("X-Request-Id")).isNotBlank();
            String token = http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")
                    .json().at("/data/accessToken").asText();
            Http.Reply ok = http.bearer(token).get("/api/probe/activity");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body()).startsWith("stream activity for ");
        }
    }

    @Test
    void rest_writes_publish_entity_events_to_module_subscribers() {
        LiveServerOptions options = LiveServerOptions.anyPort().withModules(List.of(module));
        try (LiveServer server = LiveServer.start(Templates.load("blog"), options)) {
            Http http = new Http(server.url());
            String token = http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")
                    .json().at("/data/accessToken").asText();
            http.bearer(token).post("/api/tags", "{\"name\":\"Kotlin\",\"slug\":\"kotlin\"}");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).type()).isEqualTo("created");
            assertThat(events.get(0).resource()).isEqualTo("tags");
            assertThat(events.get(0).row().get("name").asText()).isEqualTo("Kotlin");
        }
    }
}
