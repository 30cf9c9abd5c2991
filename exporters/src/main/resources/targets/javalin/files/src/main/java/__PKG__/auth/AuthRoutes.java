package {{package}}.auth;

import {{package}}.web.Envelope;
import {{package}}.web.HttpServer;
import {{package}}.web.JsonBody;
import {{package}}.web.Router;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/auth/register|login|refresh|logout|me}: HTTP in and out; the rules live in {@link AuthService}. */
public final class AuthRoutes {
    private final AuthService service;
    private final Authenticator authenticator;
    private final boolean passwords;
    private final boolean tokens;

    public AuthRoutes(AuthService service, Authenticator authenticator, boolean passwords, boolean tokens) {
        this.service = service;
        this.authenticator = authenticator;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    public void register(Router router) {
        if (passwords) {
            router.post("/api/auth/register", ctx -> signedIn(ctx, service.register(JsonBody.object(ctx)), 201));
            router.post("/api/auth/login", ctx -> signedIn(ctx, service.login(JsonBody.object(ctx)), 200));
        }
        if (tokens) {
            router.post("/api/auth/refresh", ctx -> ctx.status(200).json(Envelope.ok(
                    service.refresh(JsonBody.object(ctx)), HttpServer.requestId(ctx))));
        }
        router.post("/api/auth/logout", ctx -> {
            String clear = service.logout(tokens ? JsonBody.object(ctx) : null, authenticator.sessionId(ctx));
            if (clear != null) {
                ctx.header("Set-Cookie", clear);
            }
            ctx.status(204);
        });
        router.get("/api/auth/me", ctx -> ctx.json(Envelope.ok(service.me(authenticator.caller(ctx)),
                HttpServer.requestId(ctx))));
    }

    /** {@code data: {user, accessToken, refreshToken, tokenType, expiresIn}} or the session cookie. */
    static void signedIn(Context ctx, AuthService.SignedIn in, int status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", in.user());
        TokenPair pair = in.issued().tokens();
        if (pair != null) {
            data.put("accessToken", pair.accessToken());
            data.put("refreshToken", pair.refreshToken());
            data.put("tokenType", pair.tokenType());
            data.put("expiresIn", pair.expiresIn());
        } else {
            ctx.header("Set-Cookie", in.issued().sessionCookie());
        }
        ctx.status(status).json(Envelope.ok(data, HttpServer.requestId(ctx)));
    }
}
