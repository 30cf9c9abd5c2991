package dev.stackbench.model.template;

import dev.stackbench.model.AuthConfig;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Decision;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Feature;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.JwtSettings;
import dev.stackbench.model.Lists;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.RateLimitClass;
import dev.stackbench.model.StackChoices;
import dev.stackbench.model.Transport;

import java.util.ArrayList;
import java.util.List;

import static dev.stackbench.model.template.TemplateKit.*;

/**
 * Live operations dashboard: metrics, their readings and threshold alerts; an SSE channel streams new readings
 * and alert changes to every open dashboard and lets a reconnecting one catch up; JWT for browsers and the
 * collectors that post readings; roles viewer, operator and admin.
 */
final class DashboardTemplate {
    private static final List<String> OPERATORS = List.of("operator", "admin");

    private DashboardTemplate() {
    }

    static Project build() {
        Entity user = entity("ent_user", "User", "Someone who watches or runs the systems.", List.of(
                email("fld_user_email"),
                password("fld_user_password"),
                str("fld_user_name", "displayName", 80, true).withLength(2, 80),
                enumOf("fld_user_role", "role", "viewer", "viewer", "operator", "admin")), List.of());
        Entity metric = entity("ent_metric", "Metric", "A measured quantity, e.g. checkout latency.", List.of(
                str("fld_metric_key", "key", 100, true).withUnique(true).withPattern("^[a-z][a-z0-9_.]*$"),
                str("fld_metric_label", "label", 120, true).withLength(1, 120),
                enumOf("fld_metric_unit", "unit", "count", "count", "percent", "milliseconds", "bytes",
                        "requestsPerSecond"),
                str("fld_metric_source", "source", 120, false),
                text("fld_metric_description", "description", 2000, false)), List.of());
        Entity reading = entity("ent_reading", "Reading", "One sample of a metric, posted by a collector.",
                List.of(typed("fld_reading_value", "value", FieldType.DECIMAL, true).withDecimal(18, 4),
                        typed("fld_reading_at", "recordedAt", FieldType.DATETIME, true)), List.of(
                manyToOne("rel_reading_metric", "metric", "ent_metric", OnDelete.CASCADE, true)
                        .withNestedRoute(true)));
        Entity alert = entity("ent_alert", "Alert",
                "Fires when a metric leaves its band (below the minimum or above the maximum) for a while.",
                List.of(str("fld_alert_name", "name", 120, true).withLength(1, 120),
                        enumOf("fld_alert_severity", "severity", "warning", "info", "warning", "critical"),
                        typed("fld_alert_min", "thresholdMin", FieldType.DECIMAL, false).withDecimal(18, 4),
                        typed("fld_alert_max", "thresholdMax", FieldType.DECIMAL, false).withDecimal(18, 4),
                        typed("fld_alert_for", "forMinutes", FieldType.INT, true).withRange(0.0, 1440.0)
                                .withDefaultValue("5"),
                        enumOf("fld_alert_status", "status", "ok", "ok", "firing", "acknowledged"),
                        flag("fld_alert_enabled", "enabled", true),
                        typed("fld_alert_acked", "acknowledgedAt", FieldType.DATETIME, false)), List.of(
                manyToOne("rel_alert_metric", "metric", "ent_metric", OnDelete.CASCADE, true).withNestedRoute(true),
                manyToOne("rel_alert_owner", "createdBy", "ent_user", OnDelete.RESTRICT, true)))
                .withOwnerRelationshipId("rel_alert_owner");

        return Project.blank("Live dashboard")
                .withMeta(new ProjectMeta("Live dashboard", "Metrics, readings and threshold alerts streamed "
                        + "live to every open dashboard.", "0.1.0", "com.example.dashboard"))
                .withStack(new StackChoices("javalin", StackChoices.DatabaseKind.POSTGRESQL,
                        StackChoices.CacheKind.NONE, false, true, false, false, false))
                .withFeatures(features())
                .withEntities(List.of(user, metric, reading, alert))
                .withEndpoints(endpoints(user, metric, reading, alert))
                .withAuth(AuthConfig.none().withStrategy(AuthStrategy.JWT)
                        .withUser("ent_user", "fld_user_email", "fld_user_password", "fld_user_role")
                        .withRoles(List.of(role("viewer", "Watches dashboards; changes nothing."),
                                role("operator", "Defines metrics and alerts, posts readings, acknowledges."),
                                role("admin", "Manages users and everything else.")))
                        .withDefaultRole("viewer")
                        .withJwt(new JwtSettings(10, 7, true, true, true, "dashboard", "dashboard-api")))
                .withChannels(List.of(new Channel("ch_metrics", "metrics", Transport.SSE,
                        "New readings and alert changes, plus alert-fired and alert-resolved notices; a "
                                + "dashboard that reconnects resumes from the last 500 events.",
                        List.of("ent_reading", "ent_alert"), List.of("alert-fired", "alert-resolved"), false, true,
                        OPERATORS, 500, 0)))
                .withProduction(withIngestLimit(production("http://localhost:5173",
                        "https://dashboard.example.com")))
                .withDecisions(decisions());
    }

    private static List<Endpoint> endpoints(Entity user, Entity metric, Entity reading, Entity alert) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(signedInCrud(user, (kind, e) -> switch (kind) {
            case LIST -> e.withRoles(List.of("admin")).withFilterable(List.of("role"))
                    .withSortable(List.of("displayName", "createdAt"));
            case GET -> e;
            default -> e.withRoles(List.of("admin"));
        }));
        endpoints.addAll(signedInCrud(metric, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("unit", "source")).withSortable(List.of("key", "label"));
            case GET -> e;
            case DELETE -> e.withRoles(List.of("admin"));
            default -> e.withRoles(OPERATORS);
        }));
        endpoints.addAll(signedInCrud(reading, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("metricId")).withSortable(List.of("recordedAt"));
            case GET -> e;
            case CREATE -> e.withRoles(OPERATORS).withRateLimitClass("ingest");
            default -> e.withRoles(List.of("admin"));
        }));
        endpoints.add(nestedList(reading, metric, "rel_reading_metric", "The readings of one metric, for its chart")
                .withSortable(List.of("recordedAt")));
        endpoints.addAll(signedInCrud(alert, (kind, e) -> switch (kind) {
            case LIST -> e.withFilterable(List.of("severity", "status", "metricId", "enabled"))
                    .withSortable(List.of("severity", "name", "createdAt"));
            case GET -> e;
            case CREATE -> e.withRoles(OPERATORS).withRateLimitClass("write");
            default -> e.withRoles(OPERATORS).withOwnerOnly(true).withOwnerExemptRoles(List.of("admin"));
        }));
        endpoints.add(nestedList(alert, metric, "rel_alert_metric", "The alerts watching one metric")
                .withFilterable(List.of("status")));
        endpoints.add(custom("ep_alert_counts", HttpMethod.GET, "/api/alert-counts",
                "Firing alerts by severity, for the header badges", true,
                "{\"critical\": 1, \"warning\": 3, \"info\": 0}"));
        return endpoints;
    }

    /** Collectors post a reading every few seconds per metric: a bucket of its own keeps them off "write". */
    private static ProductionSettings withIngestLimit(ProductionSettings production) {
        return production.withRateLimits(Lists.plus(production.rateLimits(),
                new RateLimitClass("rl_ingest", "ingest", 1200, 60, RateLimitClass.Key.USER)));
    }

    private static List<Feature> features() {
        return List.of(
                new Feature("ft_live", "Live metric charts",
                        "Every open dashboard shows new readings as they arrive.", Feature.Priority.MUST,
                        List.of("A reading posted by a collector appears on every open dashboard within a second",
                                "A dashboard that was offline for under a minute receives the readings it missed "
                                        + "when it reconnects",
                                "A metric's chart loads its readings in recording order"),
                        List.of("ent_metric", "ent_reading"),
                        List.of("ent_reading.create", "ent_reading.nested_list", "ent_metric.list")),
                new Feature("ft_alerts", "Threshold alerts",
                        "Operators set a band per metric; leaving it for a while fires an alert.",
                        Feature.Priority.MUST,
                        List.of("An operator can define an alert with a minimum, a maximum or both",
                                "Alerts can be filtered by severity and status",
                                "Only the alert's creator or an admin changes or deletes it"),
                        List.of("ent_alert"),
                        List.of("ent_alert.create", "ent_alert.list", "ent_alert.patch", "ep_alert_counts")),
                new Feature("ft_ack", "Acknowledge alerts",
                        "Whoever handles an alert marks it, so nobody else is paged for it.",
                        Feature.Priority.SHOULD,
                        List.of("An operator acknowledges a firing alert and every dashboard shows it at once"),
                        List.of("ent_alert"), List.of("ent_alert.patch")),
                new Feature("ft_access", "Read-only viewers",
                        "Wall screens and stakeholders watch without being able to change anything.",
                        Feature.Priority.MUST,
                        List.of("A viewer reads metrics, readings and alerts",
                                "Every change by a viewer answers 403"),
                        List.of("ent_user"), List.of("ent_metric.create", "ent_alert.create", "ent_user.patch")));
    }

    private static List<Decision> decisions() {
        return List.of(
                decision("dec_auth", "auth", "JWT with short access tokens", "jwt",
                        "Collectors on other hosts post readings and dashboards run on wall screens for days; "
                                + "bearer tokens suit both, and 10-minute access tokens with rotated refresh "
                                + "tokens limit what a leaked token can do.", "session cookies", "API keys"),
                decision("dec_rt", "realtime", "SSE for the metrics channel", "sse",
                        "Only the server talks; SSE reconnects by itself, passes proxies, and with event ids "
                                + "and a 500-event buffer a dashboard that drops off catches up.",
                        "WebSocket", "polling every few seconds"),
                decision("dec_db", "database", "PostgreSQL for readings", "postgresql",
                        "Readings are narrow rows queried by metric and time; with the foreign-key index "
                                + "PostgreSQL serves months of them. Move to a time-series store when writes "
                                + "exceed a few thousand a second.", "TimescaleDB", "Prometheus"),
                decision("dec_decimals", "data", "Exact decimals for readings", "decimal(18,4)",
                        "Thresholds are compared with readings; binary floating point would fire alerts "
                                + "on rounding noise at the band's edge.", "double"));
    }
}
