package dev.stackbench.server.oauth;

import dev.stackbench.model.OAuthSettings;
import dev.stackbench.server.rest.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The application's side of "Sign in with OAuth" against the local authorization server:
 * {@code GET /api/auth/oauth/start} remembers a state and PKCE verifier and sends the browser to the consent page;
 * {@code GET /api/auth/oauth/callback?code&state} checks the state (also bound to this browser by a cookie, so a
 * stranger's code cannot be planted: login CSRF), redeems the code with the verifier and signs the user in.
 */
final class LoginFlow {
    static final String START = "/api/auth/oauth/start";
    static final String CALLBACK = "/api/auth/oauth/callback";
    private static final String STATE_COOKIE = "sb_oauth_state";

    private final LocalAuthorizationServer server;
    private final PendingLogins pending;
    private final Supplier<OAuthSettings> settings;
    private final OAuthAccounts accounts;

    LoginFlow(LocalAuthorizationServer server, PendingLogins pending, Supplier<OAuthSettings> settings,
              OAuthAccounts accounts) {
        this.server = server;
        this.pending = pending;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** This server's own callback URL, as the browser addresses it (the Host header is checked upstream). */
    static String callbackUrl(Context ctx) {
        return "http://" + ctx.host() + CALLBACK;
    }

    void start(Context ctx) {
        String verifier = Pkce.randomToken();
        String redirectUri = callbackUrl(ctx);
        String state = pending.start(verifier, redirectUri);
        Cookie cookie = new Cookie(STATE_COOKIE, state, "/api/auth/oauth", (int) PendingLogins.LIFETIME.toSeconds(),
                false, true, null, SameSite.LAX);
        ctx.cookie(cookie);
        String url = QueryString.append("/oauth/authorize", "response_type", "code",
                "client_id", settings.get().clientId(), "redirect_uri", redirectUri, "state", state,
                "code_challenge", Pkce.challenge(verifier), "code_challenge_method", "S256");
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(url, HttpStatus.FOUND);
    }

    /** The signed-in user; 401 when the callback cannot be trusted (unknown state, other browser, bad code). */
    LocalUser callback(Context ctx) {
        String state = ctx.queryParam("state");
        String code = ctx.queryParam("code");
        String boundState = ctx.cookie(STATE_COOKIE);
        ctx.removeCookie(STATE_COOKIE, "/api/auth/oauth");
        if (state == null || code == null || !state.equals(boundState)) {
            throw ApiException.invalidCredentials();
        }
        return pending.finish(state).flatMap(p -> {
            Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", p.redirectUri(), "client_id", settings.get().clientId(),
                    "code_verifier", p.verifier());
            return Optional.ofNullable((String) server.exchange(form::get, settings.get()).body().get("access_token"));
        }).flatMap(server::userOf).flatMap(accounts::user).orElseThrow(ApiException::invalidCredentials);
    }
}
