package dev.stackbench.model;

import java.util.List;
import java.util.Optional;

/**
 * Production concerns. {@code globalRateLimit} and {@code authRateLimit} name classes of {@code rateLimits}.
 * The text settings (log aggregation, dashboards, alert routing, smoke test, rollback) are named targets or
 * documented procedures the checklist looks for.
 */
public record ProductionSettings(
        List<String> corsOrigins,
        boolean corsCredentials,
        List<RateLimitClass> rateLimits,
        String globalRateLimit,
        String authRateLimit,
        boolean httpsOnly,
        boolean securityHeaders,
        boolean healthCheck,
        boolean readinessCheck,
        boolean metrics,
        boolean structuredLogging,
        String logAggregation,
        List<AlertRule> alertRules,
        String alertRouting,
        String dashboards,
        int shutdownTimeoutSeconds,
        int maxBodyBytes,
        boolean ciPipeline,
        String smokeTest,
        String rollbackPlan) {

    public ProductionSettings {
        corsOrigins = Lists.copy(corsOrigins);
        rateLimits = Lists.copy(rateLimits);
        alertRules = Lists.copy(alertRules);
        logAggregation = logAggregation == null ? "" : logAggregation;
        alertRouting = alertRouting == null ? "" : alertRouting;
        dashboards = dashboards == null ? "" : dashboards;
        smokeTest = smokeTest == null ? "" : smokeTest;
        rollbackPlan = rollbackPlan == null ? "" : rollbackPlan;
        shutdownTimeoutSeconds = Math.max(0, shutdownTimeoutSeconds);
        maxBodyBytes = maxBodyBytes <= 0 ? 1_000_000 : maxBodyBytes;
    }

    /** Settings a careful team starts from; the advisor still speaks about what is left open. */
    public static ProductionSettings defaults() {
        return new ProductionSettings(List.of("http://localhost:5173"), true,
                List.of(new RateLimitClass("rl_global", "global", 300, 60, RateLimitClass.Key.CLIENT),
                        new RateLimitClass("rl_auth", "auth", 10, 60, RateLimitClass.Key.CLIENT),
                        new RateLimitClass("rl_write", "write", 60, 60, RateLimitClass.Key.USER)),
                "global", "auth", true, true, true, true, true, true, "", List.of(), "", "", 20, 1_000_000, true,
                "", "");
    }

    public Optional<RateLimitClass> rateLimit(String name) {
        return rateLimits.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public ProductionSettings withCorsOrigins(List<String> v) { return new ProductionSettings(v, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withRateLimits(List<RateLimitClass> v) { return new ProductionSettings(corsOrigins, corsCredentials, v, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withHttpsOnly(boolean v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, v, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withAlertRules(List<AlertRule> v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, v, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withOperations(String logs, String routing, String dash, String smoke, String rollback) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logs, alertRules, routing, dash, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smoke, rollback); }
    public ProductionSettings withChecks(boolean health, boolean ready, boolean metricsOn, boolean logging) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, health, ready, metricsOn, logging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withRateLimitNames(String global, String auth) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, global, auth, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withCorsCredentials(boolean v) { return new ProductionSettings(corsOrigins, v, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withSecurityHeaders(boolean v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, v, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withMaxBodyBytes(int v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, v, ciPipeline, smokeTest, rollbackPlan); }
    public ProductionSettings withCiPipeline(boolean v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, shutdownTimeoutSeconds, maxBodyBytes, v, smokeTest, rollbackPlan); }
    public ProductionSettings withShutdownTimeoutSeconds(int v) { return new ProductionSettings(corsOrigins, corsCredentials, rateLimits, globalRateLimit, authRateLimit, httpsOnly, securityHeaders, healthCheck, readinessCheck, metrics, structuredLogging, logAggregation, alertRules, alertRouting, dashboards, v, maxBodyBytes, ciPipeline, smokeTest, rollbackPlan); }
}
