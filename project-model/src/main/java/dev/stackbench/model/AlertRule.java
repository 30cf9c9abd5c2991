package dev.stackbench.model;

/** An alert the exported monitoring raises; {@code threshold} is in the unit of the kind (ratio, ms, ...). */
public record AlertRule(String id, Kind kind, double threshold, int forMinutes, String severity) {
    public AlertRule {
        kind = kind == null ? Kind.ERROR_RATE : kind;
        forMinutes = Math.max(0, forMinutes);
        severity = severity == null || severity.isBlank() ? "page" : severity;
    }

    public enum Kind { ERROR_RATE, LATENCY_P95, INSTANCE_DOWN, DB_POOL_SATURATION, RATE_LIMIT_STORM }
}
