package dev.stackbench.bench;

import dev.stackbench.app.playground.PlaygroundSession;
import dev.stackbench.app.playground.SeedLogin;
import dev.stackbench.app.playground.view.PlaygroundWindow;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.SeedUser;
import javafx.application.Platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SSE viewer under load: a real playground window subscribed to the dashboard's metrics channel while a
 * publisher sends 1,000 events a second for the given seconds (default 60). A probe posts to the JavaFX thread
 * every 5 ms and records how late each one runs: the longest delay is the UI thread's longest pause. The
 * baseline is the same probe with the window idle, measured first in the same run. The measured minute follows
 * 15 s of the same load (warm-up). Diagnostics:
 * {@code -Dbench.noViewer=true} publishes without a subscriber; {@code -Dbench.paused=true} keeps the viewer
 * subscribed but its table paused.
 * Usage: bench/run PlaygroundBench [seconds]  (set DISPLAY for a real window, else Monocle headless).
 */
public final class PlaygroundBench {
    private static final int WARM_UP_SECONDS = 15;
    private PlaygroundBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (LiveServer server = LiveServer.start(Templates.load("dashboard"),
                LiveServerOptions.anyPort().withRateLimitsOff(true))) {
            PlaygroundSession session = openViewer(server);
            Probe idle = Probe.run(5);
            String token = bearer(server);
            // Both JVM halves (server and viewer) compile their hot paths in the first seconds of load: warm up
            // at the same rate first, as a user's session would have, so the minute measures the steady state.
            publish(server.url(), token, WARM_UP_SECONDS);
            Probe loaded = new Probe();
            loaded.start();
            long sent = publish(server.url(), token, seconds);
            loaded.stop();
            Thread.sleep(500);
            long[] shown = new long[1];
            Platform.runLater(() -> shown[0] = session.sse().feed().rows().size());
            Thread.sleep(200);
            System.out.printf("events sent %,d in %d s (%.0f/s); rows in the bounded table: %d%n", sent, seconds,
                    sent / (double) seconds, shown[0]);
            System.out.printf("UI thread pause, idle baseline: max %.1f ms, p99 %.1f ms%n", idle.max(), idle.p99());
            System.out.printf("UI thread pause, under load:    max %.1f ms, p99 %.1f ms (ratio of max %.2fx)%n",
                    loaded.max(), loaded.p99(), loaded.max() / Math.max(0.1, idle.max()));
            System.out.println("last event id seen by the viewer: " + session.sse().lastEventId());
            Platform.runLater(session.sse()::disconnect);
        }
        Platform.exit();
        System.exit(0);
    }

    private static PlaygroundSession openViewer(LiveServer server) throws InterruptedException {
        List<SeedLogin> seeds = server.seedUsers().stream()
                .map(u -> new SeedLogin(u.login(), u.password(), u.role())).toList();
        PlaygroundSession session = new PlaygroundSession(server.project(), server.url(), seeds, Platform::runLater,
                edit -> { });
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            new PlaygroundWindow(session).show();
            session.environment().put("token", bearer(server));
            session.sse().channelProperty().set("metrics");
            if (!Boolean.getBoolean("bench.noViewer")) {
                session.sse().connect();
                session.sse().feed().setPaused(Boolean.getBoolean("bench.paused"));
            }
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1500);
        return session;
    }

    private static String bearer(LiveServer server) {
        SeedUser admin = server.seedUsers().stream().filter(u -> u.role().equals("admin")).findFirst().orElseThrow();
        return server.loginAs(admin).value().replaceFirst("^Bearer ", "");
    }

    /** Sends 1,000 events a second (10 every 10 ms, without waiting for answers) for {@code seconds}. */
    private static long publish(String url, String token, int seconds) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/streams/metrics/events"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"alert-fired\",\"data\":{\"cpu\":0.93}}"))
                .build();
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
        ticks.scheduleAtFixedRate(() -> {
            for (int i = 0; i < 10 && inFlight.tryAcquire(); i++) {
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    inFlight.release();
                    if (r != null && r.statusCode() == 202) {
                        sent.incrementAndGet();
                    }
                });
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        Thread.sleep(seconds * 1000L);
        ticks.shutdownNow();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
        inFlight.acquire(64);
        return sent.get();
    }

    /** Posts a task to the FX thread every 5 ms and records how late it ran. */
    private static final class Probe {
        private final List<Double> delays = Collections.synchronizedList(new ArrayList<>());
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        static Probe run(int seconds) throws InterruptedException {
            Probe probe = new Probe();
            probe.start();
            Thread.sleep(seconds * 1000L);
            probe.stop();
            return probe;
        }

        void start() {
            timer.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> delays.add((System.nanoTime() - posted) / 1e6));
            }, 0, 5, TimeUnit.MILLISECONDS);
        }

        void stop() throws InterruptedException {
            timer.shutdownNow();
            timer.awaitTermination(1, TimeUnit.SECONDS);
        }

        double max() {
            synchronized (delays) {
                return delays.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }

        double p99() {
            synchronized (delays) {
                List<Double> sorted = new ArrayList<>(delays);
                Collections.sort(sorted);
                return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.99) - 1));
            }
        }
    }
}
