package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        Entity post = Entity.named("e1", "Post");
        Project project = Project.blank("x").withEntities(List.of(post)).withChannels(List.of(
                new Channel("c1", "posts", Transport.SSE, "", List.of("e1"), List.of("ping"), false, false,
                        List.of(), 10, 0),
                new Channel("c2", "chat", Transport.WEBSOCKET, "", List.of("e1"), List.of("typing"), true, false,
                        List.of(), 0, 100)));
        ObjectMapper json = new ObjectMapper();
        RealtimeHub hub = new RealtimeHub(json, project);
        RealtimeModule module = new RealtimeModule(hub, json, () -> project, ctx -> Optional.empty(),
                Clock.systemUTC(), 1000);
        Javalin app = Javalin.create(cfg -> {
            module.register(cfg.routes);
            cfg.routes.exception(Refusal.class, (e, ctx) -> ctx.status(e.status()).result(e.getMessage()));
        }).start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/streams/posts")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            System.out.println(r.statusCode() + " " + r.headers().map());
            hub.entityChanged("e1", "created", Map.of("id", 1, "title", "hi"));
            BufferedReader in = new BufferedReader(new InputStreamReader(r.body()));
            for (int i = 0; i < 6; i++) {
                System.out.println("LINE " + in.readLine());
            }
            LinkedBlockingQueue<String> got = new LinkedBlockingQueue<>();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + app.port()
                    + "/ws/chat"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            got.add(data.toString());
                            w.request(1);
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            ws.sendText("{\"type\":\"join\",\"room\":\"r\"}", true).get();
            ws.sendText("nope", true).get();
            ws.sendText("{\"type\":\"message\",\"room\":\"r\",\"data\":\"" + "x".repeat(200) + "\"}", true).get();
            hub.entityChanged("e1", "updated", Map.of("id", 1));
            for (int i = 0; i < 4; i++) {
                System.out.println("WS " + got.poll(5, TimeUnit.SECONDS));
            }
            assertThat(r.statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
