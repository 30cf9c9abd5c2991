package dev.stackbench.model.checklist;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.ProductionSettings;
import dev.stackbench.model.advisor.ModelPath;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static dev.stackbench.model.checklist.Evaluation.satisfied;
import static dev.stackbench.model.checklist.Evaluation.when;

/**
 * The items of the six gates (DESIGN.md, "Export"). Items the generated code always satisfies say so; the
 * exporters then point at the file and line ({@code evidence} is the pattern they search for).
 */
final class ChecklistItems {
    private static final ModelPath PRODUCTION = ModelPath.section("production", "Production settings");
    private static final ModelPath AUTH = ModelPath.section("auth", "Auth");
    private static final ModelPath FEATURES = ModelPath.section("features", "Features");
    private static final ModelPath ENTITIES = ModelPath.section("entities", "Entities");
    private static final ModelPath API = ModelPath.section("apiStyle", "API style");

    static final List<ChecklistItem> ALL = List.of(
            item("FUN-ACCEPTANCE", Gate.FUNCTIONAL, "Acceptance criteria are written and covered by tests", true,
                    null, "Scenario", c -> when(!c.project().features().isEmpty() && c.project().features().stream()
                            .allMatch(f -> !f.acceptanceCriteria().isEmpty()), "every feature has acceptance "
                            + "criteria; the generated scenario suite tests the endpoints that serve them",
                            "features without acceptance criteria (or no features)", FEATURES)),
            item("FUN-EDGE-CASES", Gate.FUNCTIONAL, "Error and edge cases are tested", true, null, "\\(422, \"Validation failed\"",
                    c -> when(!c.project().endpoints().isEmpty(), "the scenario suite sends invalid bodies, missing "
                            + "credentials, wrong roles and pages past the end", "there are no endpoints to test",
                            ModelPath.section("endpoints", "Endpoints"))),
            item("FUN-OPENAPI", Gate.FUNCTIONAL, "The API matches its OpenAPI document", true, null, "openapi: ",
                    c -> when(!c.anyFinding(Set.of("API-3", "API-13", "API-5")), "openapi.yaml is generated from "
                            + "the same model as the routes", "conflicting or orphaned routes (see API-3, API-5, "
                            + "API-13)", ModelPath.section("endpoints", "Endpoints"))),
            item("NF-PAGINATION", Gate.NON_FUNCTIONAL, "Lists are paginated with a maximum page size", true, null,
                    "LIMIT \\? OFFSET \\?", c -> when(c.project().apiStyle().maxPageSize() <= 500, "lists are capped at "
                            + c.project().apiStyle().maxPageSize() + " rows", "page size cap above 500", API)),
            item("NF-INDEXES", Gate.NON_FUNCTIONAL, "Every query has an index", true, null, "CREATE INDEX",
                    c -> when(!c.anyFinding(Set.of("DM-4", "DM-5")), "foreign keys and filter/sort fields are "
                            + "indexed", "an automatic index was turned off (DM-4, DM-5)", ENTITIES)),
            item("NF-RATE-LIMIT", Gate.NON_FUNCTIONAL, "Rate limiting answers 429 with Retry-After", true, null,
                    "Retry-After", prod(p -> p.globalRateLimit() != null && p.rateLimit(p.globalRateLimit())
                            .isPresent(), "a global rate-limit class applies to every request",
                            "no global rate-limit class")),
            item("NF-HEALTH", Gate.NON_FUNCTIONAL, "Health and readiness checks", true, null, "/ready",
                    prod(p -> p.healthCheck() && p.readinessCheck(), "/health and /ready are served",
                            "health or readiness check off")),
            item("NF-METRICS", Gate.NON_FUNCTIONAL, "Metrics", true, null, "/metrics",
                    prod(ProductionSettings::metrics, "Prometheus /metrics is served", "metrics are off")),
            item("NF-LOGGING", Gate.NON_FUNCTIONAL, "Structured logs with context (request id)", true, null,
                    "MDC\\.put", prod(ProductionSettings::structuredLogging, "JSON log lines carry the request id",
                            "structured logging is off")),
            item("NF-SHUTDOWN", Gate.NON_FUNCTIONAL, "Graceful shutdown", true, null, "addShutdownHook",
                    prod(p -> p.shutdownTimeoutSeconds() > 0, "in-flight requests get a drain period on stop",
                            "no shutdown timeout")),
            item("NF-ALERTS", Gate.NON_FUNCTIONAL, "Alerting rules", true, null, "alert:",
                    prod(p -> !p.alertRules().isEmpty(), "alert rules are defined", "no alert rules")),
            item("SEC-VALIDATION", Gate.SECURITY, "Input validation on every field", true, "v5.0.0-2.2.1",
                    "Validation failed", c -> when(!c.anyFinding(Set.of("DM-12", "DM-13", "DM-17")), "types, "
                            + "lengths, ranges, patterns and enums are checked server-side",
                            "unbounded or impossible constraints (DM-12, DM-13, DM-17)", ENTITIES)),
            item("SEC-SQLI", Gate.SECURITY, "SQL injection prevention: parameterised queries only", true,
                    "v5.0.0-1.2.4", "prepareStatement", c -> satisfied("every query is a prepared statement; "
                            + "identifiers come from the model, never from a request")),
            item("SEC-PASSWORDS", Gate.SECURITY, "Passwords hashed with an adaptive algorithm", true, null,
                    "Argon2", c -> when(!c.anyFinding(Set.of("AUTH-2", "DM-9")), "passwords are stored as Argon2id "
                            + "hashes and never returned", "a password field is missing or not sensitive", AUTH)),
            item("SEC-TOKENS", Gate.SECURITY, "Token expiry, rotation and revocation", true, "v5.0.0-9.2.1",
                    "withExpiresAt|absolute\\)\\.isBefore", c -> when(!c.anyFinding(Set.of("AUTH-4", "AUTH-5")), tokenReason(c),
                            "long-lived access tokens or refresh tokens without rotation (AUTH-4, AUTH-5)", AUTH)),
            item("SEC-ACCESS", Gate.SECURITY, "Every protected endpoint checked; ownership enforced", true,
                    "v5.0.0-8.2.2", "access\\.check\\(caller\\)", c -> when(!c.anyFinding(Set.of("AUTH-1", "AUTH-3", "AUTH-10", "AUTH-13")),
                            "roles and ownership are checked on every endpoint", "an endpoint lacks an ownership "
                            + "rule or names an undefined role (AUTH-1, AUTH-3, AUTH-10, AUTH-13)",
                            ModelPath.section("endpoints", "Endpoints"))),
            item("SEC-CORS", Gate.SECURITY, "CORS allow-list", true, "v5.0.0-3.4.2", "Access-Control-Allow-Origin",
                    c -> when(!c.anyFinding(Set.of("PROD-1")), "only the listed origins are allowed",
                            "CORS allows any origin with credentials, or none", PRODUCTION)),
            item("SEC-HEADERS", Gate.SECURITY, "Security headers", true, "v5.0.0-3.2.1", "X-Content-Type-Options",
                    prod(ProductionSettings::securityHeaders, "nosniff, frame, referrer and CSP headers are sent",
                            "security headers are off")),
            item("SEC-HTTPS", Gate.SECURITY, "HTTPS only (HSTS, secure cookies)", true, "v5.0.0-12.2.1",
                    "Strict-Transport-Security", prod(ProductionSettings::httpsOnly, "HTTPS is required with HSTS",
                            "HTTPS is not required")),
            item("SEC-AUTH-LIMITS", Gate.SECURITY, "Brute-force protection on login, register and refresh", true,
                    "v5.0.0-6.3.1", "authClass", c -> when(!c.anyFinding(Set.of("AUTH-9")), "auth routes have a strict "
                            + "rate limit of their own", "auth routes are not rate limited", PRODUCTION)),
            item("SEC-LOG-SECRETS", Gate.SECURITY, "No secrets or tokens in logs", true, null, "LOG\\.info\\(\"\\{\\} \\{\\} \\{\\} \\{\\}ms\"",
                    c -> satisfied("logs carry method, path, status and request id; never headers or bodies")),
            item("SEC-RESPONSES", Gate.SECURITY, "Responses return only the fields clients need", true,
                    "v5.0.0-15.3.1", "Role\\.SENSITIVE\\)", c -> when(!c.anyFinding(Set.of("DM-9", "DM-10")),
                            "sensitive fields are never returned or queried", "a secret is returned or queried",
                            ENTITIES)),
            item("SEC-ERRORS", Gate.SECURITY, "Global error middleware with structured errors that leak no internals",
                    true, null, "Internal server error", c -> satisfied("one error handler answers the envelope; "
                            + "unexpected failures are logged with the request id and answered without details")),
            item("DEP-CI", Gate.DEPLOYMENT, "CI builds and tests every change", true, null, "mvn -B",
                    prod(ProductionSettings::ciPipeline, "the export ships a CI workflow running mvn verify",
                            "no CI pipeline")),
            item("DEP-MIGRATIONS", Gate.DEPLOYMENT, "Migrations are versioned", true, null, "V1__",
                    c -> satisfied("Flyway migrations in " + databaseName(c.project().stack().database())
                            + " SQL, derived from the relational plan; applied ones never change")),
            item("DEP-CONFIG", Gate.DEPLOYMENT, "Configuration from documented environment variables", true, null,
                    "DATABASE_URL", c -> satisfied("every setting is an environment variable listed in .env.example")),
            item("DEP-NON-ROOT", Gate.DEPLOYMENT, "The container runs as a non-root user", true, null, "USER ",
                    c -> satisfied("the Dockerfile switches to an unprivileged user")),
            item("REL-SMOKE", Gate.RELEASE, "A smoke test is documented", true, null, null,
                    prod(p -> !p.smokeTest().isBlank(), "smoke test documented", "no smoke test documented")),
            item("REL-ROLLBACK", Gate.RELEASE, "A rollback path is documented", true, null, null,
                    prod(p -> !p.rollbackPlan().isBlank(), "rollback documented", "no rollback path documented")),
            item("POST-DASHBOARDS", Gate.POST_RELEASE, "Dashboards are named", true, null, null,
                    prod(p -> !p.dashboards().isBlank(), "dashboards named", "no dashboards named")),
            item("POST-LOGS", Gate.POST_RELEASE, "Log aggregation is named", false, null, null,
                    prod(p -> !p.logAggregation().isBlank(), "logs shipped to " + "the named target",
                            "no log aggregation target")),
            item("POST-ALERT-ROUTING", Gate.POST_RELEASE, "Alerts are routed to people", true, null, null,
                    prod(p -> !p.alertRouting().isBlank(), "alert routing named", "alerts are routed nowhere")));

    private ChecklistItems() {
    }

    private static ChecklistItem item(String id, Gate gate, String title, boolean required, String asvs,
                                      String evidence, Function<ChecklistContext, Evaluation> evaluate) {
        return new ChecklistItem(id, gate, title, required, asvs, evidence, evaluate);
    }

    private static Function<ChecklistContext, Evaluation> prod(Predicate<ProductionSettings> ok, String yes,
                                                              String no) {
        return c -> when(ok.test(c.project().production()), yes, no, PRODUCTION);
    }

    private static String tokenReason(ChecklistContext c) {
        AuthStrategy strategy = c.project().auth().strategy();
        return strategy == AuthStrategy.SESSION ? "sessions expire when idle and absolutely, and logout ends them"
                : "access tokens expire in " + c.project().auth().jwt().accessTokenMinutes()
                + " minutes; refresh tokens rotate and reuse revokes the family";
    }

    /** The export's database as people name it (the checklist says which SQL the migrations are in). */
    private static String databaseName(dev.stackbench.model.StackChoices.DatabaseKind database) {
        return switch (database) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL / MariaDB";
            case H2 -> "H2";
        };
    }
}
