package dev.stackbench.server;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void blog_serves_posts() {
        try (LiveServer server = LiveServer.start(Templates.load("blog"), LiveServerOptions.anyPort())) {
            Http http = new Http(server.url());
            for (String p : new String[] {"/api/posts", "/api/posts/1", "/api/tags", "/api/comments?limit=2", "/api/posts/1/comments", "/health", "/ready", "/api/nope", "/api/stats"}) {
                Http.Reply r = http.get(p);
                System.out.println(p + " -> " + r.status() + " " + r.body().substring(0, Math.min(600, r.body().length())));
            }
            System.out.println(server.seedUsers());
            Http.Reply login = http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}");
            System.out.println(login.status() + " " + login.body());
            String token = login.json().path("data").path("accessToken").asText();
            Http.Reply created = http.bearer(token).post("/api/posts", "{\"title\":\"Hello world\",\"slug\":\"hello-world\",\"body\":\"x\",\"status\":\"draft\",\"tagIds\":[1,2]}");
            System.out.println(created.status() + " " + created.body() + " " + created.headers());
            System.out.println(http.bearer(token).post("/api/posts", "{\"title\":1,\"zzz\":2,\"id\":3}").body());
            System.out.println(http.bearer(token).post("/api/posts", "{}").body());
            System.out.println(http.bearer(token).post("/api/posts", "{bad").body());
            System.out.println(http.delete("/api/posts/1").body());
            System.out.println(http.bearer(token).delete("/api/users/1").body());
            System.out.println(http.send("PUT", "/api/posts", "{}", "application/json").status() + " " + http.send("PUT", "/api/posts", "{}", "application/json").headers());
        }
    }
}
