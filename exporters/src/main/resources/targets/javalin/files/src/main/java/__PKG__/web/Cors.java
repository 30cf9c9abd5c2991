package {{package}}.web;

import {{package}}.config.Config;
import io.javalin.http.Context;

/** CORS from an allow-list only (never a reflection of any origin). */
final class Cors {
    private Cors() {
    }

    /** Returns true when the request was a preflight and has been answered. */
    static boolean handle(Context ctx, Config config) {
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && config.corsOrigins().contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Credentials", "true");
        }
        boolean preflight = "OPTIONS".equals(ctx.method().name())
                && ctx.header("Access-Control-Request-Method") != null;
        if (!preflight) {
            return false;
        }
        if (allowed) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
        ctx.skipRemainingHandlers();
        return true;
    }
}
