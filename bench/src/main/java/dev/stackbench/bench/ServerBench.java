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
    private static final int ROUNDS = 5;
    private static final int WARM_UP_SECONDS = 20;
    private static final String ONE = "/api/posts/3";
    private static final String PAGE = "/api/posts?page=1&limit=20";

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
            for (String url : List.of(helloUrl, baseUrl + ONE, baseUrl + PAGE, liveUrl + ONE, liveUrl + PAGE)) {
                // The live server runs more code than the others and reaches its steady state only after some
                // 20 s of load (measured: 2k, 5k, 7k, 13k, 18k, 21k req/s in successive 4 s runs).
                Wrk.run(url, WARM_UP_SECONDS, CONNECTIONS);
            }
            System.out.printf(Locale.ROOT, "wrk -t2 -c%d -d%ds, warmed up, all servers in this JVM; %d rounds, each "
                    + "pair run back to back (order swapped every round) so machine noise hits both sides%n", CONNECTIONS, seconds, ROUNDS);
            Wrk.Result h = Wrk.run(helloUrl, seconds, CONNECTIONS);
            System.out.println(h.row("bare Javalin hello-world"));
            List<Double> oneRatios = new ArrayList<>();
            List<Double> pageRatios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                oneRatios.add(pair(round, "GET /api/posts/3", baseUrl + ONE, liveUrl + ONE, seconds));
                pageRatios.add(pair(round, "GET page of 8 posts", baseUrl + PAGE, liveUrl + PAGE, seconds));
            }
            System.out.printf(Locale.ROOT, "ratio live/hand-written (median of %d rounds): get-by-id %.2fx %s, "
                    + "list %.2fx %s (target >= 0.80x)%n", ROUNDS, median(oneRatios), oneRatios, median(pageRatios),
                    pageRatios);
        } finally {
            hello.stop();
        }
    }

    /**
     * One round: the hand-written app and the live server on the same request, back to back, the order swapped
     * every round so neither side always runs in the other's wake (GC, JIT, a neighbour's burst); returns
     * live/hand-written.
     */
    private static double pair(int round, String what, String baseUrl, String liveUrl, int seconds)
            throws Exception {
        boolean baseFirst = round % 2 == 1;
        Wrk.Result first = Wrk.run(baseFirst ? baseUrl : liveUrl, seconds, CONNECTIONS);
        Wrk.Result second = Wrk.run(baseFirst ? liveUrl : baseUrl, seconds, CONNECTIONS);
        Wrk.Result base = baseFirst ? first : second;
        Wrk.Result live = baseFirst ? second : first;
        System.out.println(base.row("round " + round + " hand-written " + what));
        System.out.println(live.row("round " + round + " live server  " + what));
        return Math.round(live.requestsPerSecond() / base.requestsPerSecond() * 100) / 100.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void startAndReload() {
        Project large = LargeModel.generate(300);
        for (int i = 0; i < 2; i++) {
            LiveServer.start(Templates.load("blog"), LiveServerOptions.anyPort()).stop();
        }
        List<Long> starts = new ArrayList<>();
        LiveServer server = null;
        for (int i = 0; i < 3; i++) {
            if (server != null) {
                server.stop();
            }
            long t0 = System.nanoTime();
            server = LiveServer.start(large, LiveServerOptions.anyPort());
            starts.add((System.nanoTime() - t0) / 1_000_000);
        }
        try {
            System.out.printf(Locale.ROOT, "start from a %d-entity model (%d endpoints), 3 runs: %s ms, median %d ms "
                            + "(target < 1000 ms)%n", large.entities().size(), large.endpoints().size(), starts,
                    starts.stream().sorted().toList().get(1));
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
