package dev.stackbench.bench;

import dev.stackbench.bench.baseline.BaselineApp;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.sample.LargeModel;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.ReloadReport;
import io.javalin.Javalin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Live-server throughput with every middleware on (request id, logging, CORS, rate limiter with a bucket too large
 * to refuse, Host check, auth, metrics, traffic recorder), measured with wrk against a bare Javalin hello-world
 * and a hand-written Javalin + H2 app doing the same two queries, all started and warmed up in this run. Then the
 * start time of a 300-entity model and hot-reload times. Run with {@code bench/run ServerBench [seconds]}.
 */
public final class ServerBench {
    private static final int CONNECTIONS = 16;

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        throughput(seconds);
        startAndReload();
    }

    private static Project blogWithOpenLimits() {
        Project blog = Templates.load("blog");
        return blog.withProduction(blog.production().withRateLimits(List.of(
                new RateLimitClass("rl_global", "global", 1_000_000_000, 1, RateLimitClass.Key.CLIENT),
                new RateLimitClass("rl_auth", "auth", 1_000_000_000, 1, RateLimitClass.Key.CLIENT))));
    }

    private static void throughput(int seconds) throws Exception {
        Javalin hello = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.routes.get("/hello", ctx -> ctx.result("hello"));
        }).start(0);
        try (BaselineApp baseline = new BaselineApp();
             LiveServer live = LiveServer.start(blogWithOpenLimits(), LiveServerOptions.anyPort())) {
            String helloUrl = "http://127.0.0.1:" + hello.port() + "/hello";
            String baseUrl = "http://127.0.0.1:" + baseline.port();
            String liveUrl = live.url();
            for (String url : List.of(helloUrl, baseUrl + "/api/posts/3", baseUrl + "/api/posts?page=1&limit=20",
                    liveUrl + "/api/posts/3", liveUrl + "/api/posts?page=1&limit=20")) {
                Wrk.run(url, Math.max(3, seconds / 2), CONNECTIONS);
            }
            Wrk.Result h = Wrk.run(helloUrl, seconds, CONNECTIONS);
            Wrk.Result baseOne = Wrk.run(baseUrl + "/api/posts/3", seconds, CONNECTIONS);
            Wrk.Result liveOne = Wrk.run(liveUrl + "/api/posts/3", seconds, CONNECTIONS);
            Wrk.Result basePage = Wrk.run(baseUrl + "/api/posts?page=1&limit=20", seconds, CONNECTIONS);
            Wrk.Result livePage = Wrk.run(liveUrl + "/api/posts?page=1&limit=20", seconds, CONNECTIONS);
            System.out.printf(Locale.ROOT, "wrk -t2 -c%d -d%ds, warmed up, all servers in this JVM%n", CONNECTIONS,
                    seconds);
            System.out.println(h.row("bare Javalin hello-world"));
            System.out.println(baseOne.row("hand-written GET /api/posts/3"));
            System.out.println(liveOne.row("live server GET /api/posts/3"));
            System.out.println(basePage.row("hand-written GET page of 8 posts"));
            System.out.println(livePage.row("live server GET page of 8 posts"));
            System.out.printf(Locale.ROOT, "ratio live/hand-written: get-by-id %.2fx, list %.2fx (target >= 0.80x)%n",
                    liveOne.requestsPerSecond() / baseOne.requestsPerSecond(),
                    livePage.requestsPerSecond() / basePage.requestsPerSecond());
            System.out.printf(Locale.ROOT, "ratio live/hello-world:  get-by-id %.2fx, list %.2fx%n",
                    liveOne.requestsPerSecond() / h.requestsPerSecond(),
                    livePage.requestsPerSecond() / h.requestsPerSecond());
        } finally {
            hello.stop();
        }
    }

    private static void startAndReload() {
        Project large = LargeModel.generate(300);
        for (int i = 0; i < 2; i++) {
            LiveServer.start(Templates.load("blog"), LiveServerOptions.anyPort()).stop();
        }
        long t0 = System.nanoTime();
        LiveServer server = LiveServer.start(large, LiveServerOptions.anyPort());
        long startMs = (System.nanoTime() - t0) / 1_000_000;
        try {
            System.out.printf(Locale.ROOT, "start from a %d-entity model (%d endpoints): %d ms%n",
                    large.entities().size(), large.endpoints().size(), startMs);
            List<Long> reloads = new ArrayList<>();
            Project current = large;
            for (int i = 0; i < 5; i++) {
                String fieldId = "fld_bench_" + i;
                current = current.withEntity("ent_gen" + (i * 37), e -> {
                    List<Field> fields = new ArrayList<>(e.fields());
                    fields.add(Field.of(fieldId, "extra" + fieldId.substring(10), FieldType.STRING));
                    return e.withFields(fields);
                });
                ReloadReport report = server.update(current);
                reloads.add(report.millis());
            }
            System.out.printf(Locale.ROOT, "hot reload of the 300-entity model (add one field), 5 runs: %s ms "
                    + "(target < 1000 ms)%n", reloads);
        } finally {
            server.stop();
        }
    }
}
