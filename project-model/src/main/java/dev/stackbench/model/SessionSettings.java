package dev.stackbench.model;

/** Cookie sessions: HttpOnly always; {@code sameSite} is Lax, Strict or None; Secure follows HTTPS. */
public record SessionSettings(String cookieName, String sameSite, int idleTimeoutMinutes, int absoluteTimeoutHours) {
    public SessionSettings {
        cookieName = cookieName == null || cookieName.isBlank() ? "sb_session" : cookieName;
        sameSite = sameSite == null || sameSite.isBlank() ? "Lax" : sameSite;
        idleTimeoutMinutes = idleTimeoutMinutes <= 0 ? 30 : idleTimeoutMinutes;
        absoluteTimeoutHours = absoluteTimeoutHours <= 0 ? 12 : absoluteTimeoutHours;
    }

    public static SessionSettings defaults() {
        return new SessionSettings("sb_session", "Lax", 30, 12);
    }
}
