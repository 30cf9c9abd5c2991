package dev.stackbench.app.playground;

import dev.stackbench.app.Screenshots;
import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Playground;
import dev.stackbench.model.template.Templates;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: drives a real playground against a live blog server (login, list, a failed and a successful create,
 * SSE events, saved requests, traffic) and one against a live chat server (two WebSocket consoles as two users in
 * a room, an anonymous one refused, the session cookie jar), and saves a PNG of each tab into docs/screenshots.
 * Run under Xvfb, from the worktree after {@code mvn -pl app -am test-compile}:
 * {@code DISPLAY=:42 java -cp <app test classpath> dev.stackbench.app.playground.ScreenshotTour docs/screenshots}
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Screenshots.startFx();
        blog(out);
        chat(out);
        Platform.exit();
        System.exit(0);
    }

    private static void blog(Path out) throws Exception {
        try (LivePlayground live = new LivePlayground(Templates.load("blog"))) {
            Stage stage = open(live);
            PlaygroundSession s = live.session;
            s.auth().loginAs(live.seed("author")).get(10, TimeUnit.SECONDS);
            fx(() -> {
                s.sse().channelProperty().set("activity");
                s.sse().connect();
            });
            Thread.sleep(800);
            send(s, "ent_post.create", null);
            fx(() -> s.saveCurrentRequest("Blog"));
            send(s, "ent_post.create", "{\"body\": \"A post without a title\"}");
            send(s, "ent_post.list", null);
            fx(() -> s.saveCurrentRequest("Blog"));
            fx(() -> s.saveRealtimeRequest("Blog", Playground.SavedRequest.Kind.SSE, "activity", List.of()));
            shoot(stage, "HTTP", out.resolve("playground-http.png"));
            send(s, "ent_post.create", "{\"body\": \"A post without a title\"}");
            shoot(stage, "HTTP", out.resolve("playground-field-errors.png"));
            shoot(stage, "SSE", out.resolve("playground-sse.png"));
            shoot(stage, "History", out.resolve("playground-history.png"));
            fx(() -> s.traffic().refresh());
            Thread.sleep(800);
            shoot(stage, "Traffic", out.resolve("playground-traffic.png"));
            shoot(stage, "Environment", out.resolve("playground-environment.png"));
            sidebar(stage, "Collections");
            reopen(stage, s, "GET /api/posts?page=1&limit=20");
            shoot(stage, "HTTP", out.resolve("playground-collections.png"));
            fx(() -> s.sse().disconnect());
        }
    }

    private static void chat(Path out) throws Exception {
        try (LivePlayground live = new LivePlayground(Templates.load("chat"))) {
            Stage stage = open(live);
            live.session.auth().loginAs(live.seed("member")).get(10, TimeUnit.SECONDS);
            fx(() -> {
                button(stage.getScene().getRoot(), "Another WebSocket console").fire();
                button(stage.getScene().getRoot(), "Another WebSocket console").fire();
                connectAs(stage, "WebSocket 1", "member@example.com (member)");
                connectAs(stage, "WebSocket 2", "moderator@example.com (moderator)");
            });
            Thread.sleep(1500);
            fx(() -> {
                button(content(stage, "WebSocket 1"), "Join").fire();
                button(content(stage, "WebSocket 2"), "Join").fire();
            });
            Thread.sleep(300);
            fx(() -> say(stage, "WebSocket 1", "Hello from the member console"));
            Thread.sleep(300);
            fx(() -> say(stage, "WebSocket 2", "Hi! The moderator here."));
            Thread.sleep(300);
            fx(() -> button(content(stage, "WebSocket 1"), "Ping").fire());
            fx(() -> connectAs(stage, "WebSocket 3", "anonymous"));
            Thread.sleep(1000);
            shoot(stage, "WebSocket 1", out.resolve("playground-websocket.png"));
            shoot(stage, "WebSocket 3", out.resolve("playground-websocket-refused.png"));
        }
    }

    private static Node content(Stage stage, String tab) {
        TabPane tabs = (TabPane) stage.getScene().lookup("#playground-tabs");
        return tabs.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst().orElseThrow().getContent();
    }

    private static Button button(Node in, String text) {
        return in.lookupAll(".button").stream().map(Button.class::cast).filter(b -> text.equals(b.getText()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void connectAs(Stage stage, String tab, String who) {
        ComboBox<ConnectAs> as = (ComboBox<ConnectAs>) content(stage, tab).lookup(".ws-connect-as");
        as.setValue(as.getItems().stream().filter(c -> c.label().equals(who)).findFirst().orElseThrow());
        button(content(stage, tab), "Connect").fire();
    }

    private static void say(Stage stage, String tab, String text) {
        content(stage, tab).lookupAll(".text-field").stream().map(TextField.class::cast)
                .filter(f -> f.getPromptText() != null && f.getPromptText().startsWith("Text")).findFirst()
                .orElseThrow().setText(text);
        button(content(stage, tab), "Send").fire();
    }

    /** Selects a saved request in the collections tree and opens it as a double-click would, then sends it. */
    @SuppressWarnings("unchecked")
    private static void reopen(Stage stage, PlaygroundSession s, String name) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        fx(() -> {
            TreeView<Object> tree = (TreeView<Object>) stage.getScene().lookup("#collections");
            tree.getRoot().getChildren().stream().flatMap(c -> c.getChildren().stream())
                    .filter(i -> i.getValue() instanceof Playground.SavedRequest r && r.name().equals(name))
                    .findFirst().ifPresent(i -> tree.getSelectionModel().select(i));
            button(stage.getScene().getRoot(), "Open").fire();
            s.http().send().thenRun(done::countDown);
        });
        done.await(10, TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    private static void sidebar(Stage stage, String tab) throws InterruptedException {
        fx(() -> {
            TabPane sidebar = (TabPane) stage.getScene().lookup("#sidebar");
            sidebar.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst()
                    .ifPresent(t -> sidebar.getSelectionModel().select(t));
        });
    }

    private static Stage open(LivePlayground live) throws InterruptedException {
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            new PlaygroundWindow(live.session, stage[0]).show();
        });
        return stage[0];
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
