package {{package}}.web;

import {{package}}.config.Config;
import io.javalin.http.Context;

/** Headers every answer carries (OWASP secure headers); HSTS only when the app is served over HTTPS. */
final class SecurityHeaders {
    private SecurityHeaders() {
    }

    static void apply(Context ctx, Config config) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
        if (config.httpsOnly()) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
