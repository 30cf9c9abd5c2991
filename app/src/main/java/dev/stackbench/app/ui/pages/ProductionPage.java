package dev.stackbench.app.ui.pages;

import dev.stackbench.model.AlertRule;
import dev.stackbench.model.Ids;
import dev.stackbench.model.Lists;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.Project;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.edit.RateLimitEdits;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Production settings, the ones the checklist and the advisor look at: CORS, HTTPS and body limits; the
 * rate-limit classes and which of them guard everything and the auth routes; health, metrics, logs and
 * shutdown; the alert rules; and where operations live (logs, dashboards, alert routing, smoke test, rollback).
 */
public final class ProductionPage implements Page {
    private final Editor editor;
    private final GridPane security = grid();
    private final GridPane limitNames = grid();
    private final GridPane operations = grid();
    private final TableView<RateLimitClass> limits = new TableView<>();
    private final TableView<AlertRule> alerts = new TableView<>();
    private final VBox root;

    public ProductionPage(Editor editor) {
        this.editor = editor;
        limits.setId("rate-limit-table");
        limits.setEditable(true);
        limits.getColumns().add(Cells.text("Class", RateLimitClass::name, 140,
                (r, v) -> editor.edit(p -> RateLimitEdits.rename(p, r.name(), v))));
        limits.getColumns().add(Cells.text("Requests", r -> Integer.toString(r.capacity()), 90,
                (r, v) -> positive(v, n -> limit(r, x -> new RateLimitClass(x.id(), x.name(), n, x.windowSeconds(),
                        x.key())))));
        limits.getColumns().add(Cells.text("Per seconds", r -> Integer.toString(r.windowSeconds()), 100,
                (r, v) -> positive(v, n -> limit(r, x -> new RateLimitClass(x.id(), x.name(), x.capacity(), n,
                        x.key())))));
        limits.getColumns().add(Cells.choice("Counted per", RateLimitClass::key, FXCollections.observableArrayList(
                RateLimitClass.Key.values()), k -> k == RateLimitClass.Key.USER ? "signed-in user" : "client address",
                140, (r, k) -> limit(r, x -> new RateLimitClass(x.id(), x.name(), x.capacity(), x.windowSeconds(), k))));
        alerts.setId("alert-table");
        alerts.setEditable(true);
        alerts.getColumns().add(Cells.choice("Alert", AlertRule::kind, FXCollections.observableArrayList(
                AlertRule.Kind.values()), ProductionPage::alertLabel, 220, (a, k) -> alert(a, x -> new AlertRule(x.id(),
                k, x.threshold(), x.forMinutes(), x.severity()))));
        alerts.getColumns().add(Cells.text("Threshold", a -> trim(a.threshold()), 100, (a, v) -> {
            try {
                double t = Double.parseDouble(v.trim());
                alert(a, x -> new AlertRule(x.id(), x.kind(), t, x.forMinutes(), x.severity()));
            } catch (NumberFormatException ignored) {
                alerts.refresh();
            }
        }));
        alerts.getColumns().add(Cells.text("For minutes", a -> Integer.toString(a.forMinutes()), 100,
                (a, v) -> positive(v, n -> alert(a, x -> new AlertRule(x.id(), x.kind(), x.threshold(), n,
                        x.severity())))));
        alerts.getColumns().add(Cells.choice("Severity", AlertRule::severity, FXCollections.observableArrayList(
                "page", "ticket", "info"), s -> s, 100, (a, s) -> alert(a, x -> new AlertRule(x.id(), x.kind(),
                x.threshold(), x.forMinutes(), s))));
        alerts.setPlaceholder(new Label("No alert rules: nobody hears about an outage until a user reports it."));
        TabPane tabs = new TabPane(
                Cells.tab("Security", new VBox(8, security)),
                Cells.tab("Rate limits", limitsPane()),
                Cells.tab("Operations", new VBox(8, operations)),
                Cells.tab("Alerts", alertsPane()));
        tabs.setId("production-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(8, Cells.title("Production settings"), tabs);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project project) {
        ProductionSettings s = project.production();
        securityForm(s);
        limitNamesForm(s);
        operationsForm(s);
        Cells.setRows(limits, s.rateLimits());
        Cells.setRows(alerts, s.alertRules());
    }

    private void securityForm(ProductionSettings s) {
        security.getChildren().clear();
        TextField origins = Forms.text("cors-origins", String.join(", ", s.corsOrigins()),
                v -> settings(x -> x.withCorsOrigins(words(v))));
        origins.setPrefColumnCount(40);
        security.addRow(0, new Label("CORS origins"), origins);
        security.add(Forms.hint("Comma-separated, exact origins such as https://app.example.com; '*' allows any site."),
                1, 1);
        security.add(Forms.check("cors-credentials", "Browsers send cookies and auth headers cross-origin",
                s.corsCredentials(), on -> settings(x -> x.withCorsCredentials(on))), 1, 2);
        security.add(Forms.check("https-only", "HTTPS only (HSTS, Secure cookies, redirects plain HTTP)",
                s.httpsOnly(), on -> settings(x -> x.withHttpsOnly(on))), 1, 3);
        security.add(Forms.check("security-headers", "Security headers (CSP, nosniff, frame denial, referrer policy)",
                s.securityHeaders(), on -> settings(x -> x.withSecurityHeaders(on))), 1, 4);
        security.addRow(5, new Label("Largest request body (bytes)"), Forms.number("max-body", s.maxBodyBytes(),
                n -> settings(x -> x.withMaxBodyBytes(n))));
    }

    private VBox limitsPane() {
        Button add = new Button("Add class");
        add.setId("add-rate-limit");
        add.setOnAction(e -> editor.edit(RateLimitEdits::add));
        Button remove = new Button("Remove class");
        remove.setId("remove-rate-limit");
        remove.disableProperty().bind(limits.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String name = limits.getSelectionModel().getSelectedItem().name();
            editor.edit(p -> RateLimitEdits.remove(p, name));
        });
        limits.setPrefHeight(170);
        return new VBox(8, limitNames, limits, new HBox(8, add, remove), Forms.hint("A class is a token bucket: so many "
                + "requests per window, counted per client address (never a spoofable X-Forwarded-For) or per "
                + "signed-in user. Endpoints name their class on the Endpoints page; over the limit they answer 429 "
                + "with Retry-After."));
    }

    private void limitNamesForm(ProductionSettings s) {
        limitNames.getChildren().clear();
        List<String> names = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                s.rateLimits().stream().map(RateLimitClass::name)).toList();
        limitNames.addRow(0, new Label("Every request"), Forms.choice("global-limit", names, nonNull(s.globalRateLimit()),
                        n -> n.isEmpty() ? "no limit" : n, v -> settings(x -> x.withRateLimitNames(blankAsNull(v),
                                x.authRateLimit()))),
                new Label("Login, register, refresh"), Forms.choice("auth-limit", names, nonNull(s.authRateLimit()),
                        n -> n.isEmpty() ? "no limit" : n, v -> settings(x -> x.withRateLimitNames(x.globalRateLimit(),
                                blankAsNull(v)))));
    }

    private void operationsForm(ProductionSettings s) {
        operations.getChildren().clear();
        operations.add(Forms.check("health", "GET /health (liveness)", s.healthCheck(),
                on -> settings(x -> x.withChecks(on, x.readinessCheck(), x.metrics(), x.structuredLogging()))), 0, 0);
        operations.add(Forms.check("ready", "GET /ready (database reachable)", s.readinessCheck(),
                on -> settings(x -> x.withChecks(x.healthCheck(), on, x.metrics(), x.structuredLogging()))), 1, 0);
        operations.add(Forms.check("metrics", "Prometheus GET /metrics", s.metrics(),
                on -> settings(x -> x.withChecks(x.healthCheck(), x.readinessCheck(), on, x.structuredLogging()))), 0, 1);
        operations.add(Forms.check("structured-logs", "JSON logs with request ids", s.structuredLogging(),
                on -> settings(x -> x.withChecks(x.healthCheck(), x.readinessCheck(), x.metrics(), on))), 1, 1);
        operations.add(Forms.check("ci", "CI builds and tests every push", s.ciPipeline(),
                on -> settings(x -> x.withCiPipeline(on))), 0, 2);
        operations.addRow(3, new Label("Drain on shutdown (seconds)"), Forms.number("shutdown",
                Math.max(1, s.shutdownTimeoutSeconds()), n -> settings(x -> x.withShutdownTimeoutSeconds(n))));
        operation(4, "Logs are aggregated in", "log-aggregation", s.logAggregation(), "e.g. Loki, ELK, CloudWatch",
                (x, v) -> x.withOperations(v, x.alertRouting(), x.dashboards(), x.smokeTest(), x.rollbackPlan()));
        operation(5, "Dashboards", "dashboards", s.dashboards(), "e.g. Grafana: API overview",
                (x, v) -> x.withOperations(x.logAggregation(), x.alertRouting(), v, x.smokeTest(), x.rollbackPlan()));
        operation(6, "Alerts are routed to", "alert-routing", s.alertRouting(), "e.g. PagerDuty on-call, #ops",
                (x, v) -> x.withOperations(x.logAggregation(), v, x.dashboards(), x.smokeTest(), x.rollbackPlan()));
        operation(7, "Smoke test after release", "smoke-test", s.smokeTest(), "e.g. scripts/smoke.sh: health, login",
                (x, v) -> x.withOperations(x.logAggregation(), x.alertRouting(), x.dashboards(), v, x.rollbackPlan()));
        operation(8, "Rollback path", "rollback", s.rollbackPlan(), "e.g. redeploy the previous image tag",
                (x, v) -> x.withOperations(x.logAggregation(), x.alertRouting(), x.dashboards(), x.smokeTest(), v));
    }

    private void operation(int row, String label, String id, String value, String prompt,
                           java.util.function.BiFunction<ProductionSettings, String, ProductionSettings> set) {
        TextField field = Forms.text(id, value, v -> settings(x -> set.apply(x, v.trim())));
        field.setPromptText(prompt);
        field.setPrefColumnCount(40);
        operations.add(new Label(label), 0, row);
        operations.add(field, 1, row);
    }

    private VBox alertsPane() {
        Button add = new Button("Add alert");
        add.setId("add-alert");
        add.setOnAction(e -> settings(x -> x.withAlertRules(Lists.plus(x.alertRules(), new AlertRule(Ids.next("alert"),
                nextKind(x.alertRules()), 0.05, 5, "page")))));
        Button remove = new Button("Remove alert");
        remove.setId("remove-alert");
        remove.disableProperty().bind(alerts.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            String id = alerts.getSelectionModel().getSelectedItem().id();
            settings(x -> x.withAlertRules(x.alertRules().stream().filter(a -> !a.id().equals(id)).toList()));
        });
        VBox.setVgrow(alerts, Priority.ALWAYS);
        return new VBox(8, alerts, new HBox(8, add, remove), Forms.hint("Thresholds are in the alert's unit: a ratio for "
                + "the error rate (0.05 = 5 %), milliseconds for p95 latency, a ratio of the pool for saturation, "
                + "requests a second for a rate-limit storm. The export writes them as Prometheus rules."));
    }

    /** The first kind not yet alerted on, so "Add alert" twice gives two useful rules. */
    private static AlertRule.Kind nextKind(List<AlertRule> rules) {
        return Arrays.stream(AlertRule.Kind.values()).filter(k -> rules.stream().noneMatch(r -> r.kind() == k))
                .findFirst().orElse(AlertRule.Kind.ERROR_RATE);
    }

    private void settings(UnaryOperator<ProductionSettings> change) {
        editor.edit(p -> p.withProduction(change.apply(p.production())));
    }

    private void limit(RateLimitClass row, UnaryOperator<RateLimitClass> change) {
        editor.edit(p -> RateLimitEdits.change(p, row.id(), change));
    }

    private void alert(AlertRule row, UnaryOperator<AlertRule> change) {
        settings(x -> x.withAlertRules(x.alertRules().stream().map(a -> a.id().equals(row.id()) ? change.apply(a) : a)
                .toList()));
    }

    /** Runs {@code commit} with a positive whole number, or redraws the tables to show the value kept. */
    private void positive(String text, java.util.function.IntConsumer commit) {
        Forms.positive(text).ifPresentOrElse(commit, () -> {
            limits.refresh();
            alerts.refresh();
        });
    }

    static String alertLabel(AlertRule.Kind kind) {
        return switch (kind) {
            case ERROR_RATE -> "5xx error rate";
            case LATENCY_P95 -> "p95 latency (ms)";
            case INSTANCE_DOWN -> "instance down";
            case DB_POOL_SATURATION -> "database pool saturation";
            case RATE_LIMIT_STORM -> "rate-limit storm (429s/s)";
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
