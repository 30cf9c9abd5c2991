package dev.stackbench.app.playground;

import dev.stackbench.app.Screenshots;
import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.template.Templates;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: drives a real playground against a live blog server (login, list, a failed and a successful create,
 * SSE events, a WebSocket attempt, traffic) and saves a PNG of each tab into docs/screenshots. Run under Xvfb:
 * {@code DISPLAY=:42 java -cp <app test classpath> dev.stackbench.app.playground.ScreenshotTour docs/screenshots}
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Screenshots.startFx();
        try (LivePlayground live = new LivePlayground(Templates.load("blog"))) {
            Stage[] stage = new Stage[1];
            fx(() -> {
                stage[0] = new Stage();
                new PlaygroundWindow(live.session, stage[0]).show();
            });
            PlaygroundSession s = live.session;
            s.auth().loginAs(live.seed("author")).get(10, TimeUnit.SECONDS);
            fx(() -> {
                s.sse().channelProperty().set("activity");
                s.sse().connect();
            });
            Thread.sleep(800);
            send(s, "ent_post.create", null);
            send(s, "ent_post.create", "{\"body\": \"A post without a title\"}");
            send(s, "ent_post.list", null);
            shoot(stage[0], "HTTP", out.resolve("playground-http.png"));
            send(s, "ent_post.create", "{\"body\": \"A post without a title\"}");
            shoot(stage[0], "HTTP", out.resolve("playground-field-errors.png"));
            shoot(stage[0], "SSE", out.resolve("playground-sse.png"));
            shoot(stage[0], "History", out.resolve("playground-history.png"));
            fx(() -> s.traffic().refresh());
            Thread.sleep(800);
            shoot(stage[0], "Traffic", out.resolve("playground-traffic.png"));
            shoot(stage[0], "WebSocket 1", out.resolve("playground-websocket.png"));
            shoot(stage[0], "Environment", out.resolve("playground-environment.png"));
            fx(() -> s.sse().disconnect());
        }
        Platform.exit();
        System.exit(0);
    }

    private static void send(PlaygroundSession s, String endpointId, String body) throws Exception {
        Endpoint endpoint = s.projectProperty().get().endpoint(endpointId).orElseThrow();
        CountDownLatch done = new CountDownLatch(1);
        fx(() -> {
            s.http().select(endpoint);
            if (body != null) {
                s.http().bodyProperty().set(body);
            }
            s.http().send().thenRun(done::countDown);
        });
        done.await(10, TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    private static void shoot(Stage stage, String tab, Path file) throws Exception {
        fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#playground-tabs");
            tabs.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        Screenshots.shoot(stage, file);
    }

    private static void fx(Runnable action) throws InterruptedException {
        Screenshots.fx(action);
    }
}
