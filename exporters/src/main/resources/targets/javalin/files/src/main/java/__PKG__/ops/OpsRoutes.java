package {{package}}.ops;

import {{package}}.db.Database;
import {{package}}.web.Router;

import java.util.Map;

/** {@code /health} (the process is up), {@code /ready} (the database answers) and Prometheus {@code /metrics}. */
public final class OpsRoutes {
    private final Database database;
    private final Metrics metrics;

    public OpsRoutes(Database database, Metrics metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    public void register(Router router) {
        router.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        router.get("/ready", ctx -> {
            boolean ready = database.ready();
            ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "READY" : "NOT_READY"));
        });
        router.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }
}
