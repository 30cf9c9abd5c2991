package dev.stackbench.server.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Project;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET /oauth/authorize} (consent page), {@code POST /oauth/authorize} (the user's decision),
 * {@code POST /oauth/token} and {@code GET /oauth/userinfo} of the local authorization server.
 */
final class AuthorizeRoutes {
    private final LocalAuthorizationServer server;
    private final OAuthAccounts accounts;
    private final Supplier<Project> project;
    private final Function<Context, List<String>> redirectUris;
    private final ObjectMapper json;

    /** @param redirectUris the registered redirect URIs: the model's plus this server's own callback */
    AuthorizeRoutes(LocalAuthorizationServer server, OAuthAccounts accounts, Supplier<Project> project,
                    Function<Context, List<String>> redirectUris, ObjectMapper json) {
        this.server = server;
        this.json = json;
        this.accounts = accounts;
        this.project = project;
        this.redirectUris = redirectUris;
    }

    void consent(Context ctx) {
        AuthorizeRequest.Validated v = validate(ctx, ctx::queryParam);
        if (v.ok()) {
            page(ctx, 200, ConsentPage.render(project.get().meta().name(), v.request(), accounts.users(),
                    server.consentToken()));
        }
    }

    void decide(Context ctx) {
        AuthorizeRequest.Validated v = validate(ctx, ctx::formParam);
        if (!v.ok()) {
            return;
        }
        if (!server.spendConsent(ctx.formParam("consent"))) {
            page(ctx, 400, ConsentPage.error("This consent form has expired or was already used. Start again."));
            return;
        }
        AuthorizeRequest request = v.request();
        if (!"allow".equals(ctx.formParam("decision"))) {
            redirect(ctx, QueryString.append(request.redirectUri(), "error", "access_denied",
                    "error_description", "The user denied access", "state", request.state()));
            return;
        }
        String userId = ctx.formParam("user_id");
        if (userId == null || accounts.user(userId).isEmpty()) {
            page(ctx, 400, ConsentPage.error("Pick one of the listed users."));
            return;
        }
        redirect(ctx, QueryString.append(request.redirectUri(), "code", server.approve(request, userId),
                "state", request.state()));
    }

    /** Validates and, on a problem, answers it (an error page, or a redirect carrying the error). */
    private AuthorizeRequest.Validated validate(Context ctx, Function<String, String> param) {
        AuthorizeRequest.Validated v = server.validate(param, project.get().auth().oauth(), redirectUris.apply(ctx));
        AuthorizeRequest.Problem p = v.problem();
        if (p != null && !p.redirect()) {
            page(ctx, 400, ConsentPage.error(p.description()));
        } else if (p != null) {
            redirect(ctx, QueryString.append(v.request().redirectUri(), "error", p.error(),
                    "error_description", p.description(), "state", v.request().state()));
        }
        return v;
    }

    void token(Context ctx) {
        noStore(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        TokenResult result = type.startsWith("application/x-www-form-urlencoded")
                ? server.exchange(ctx::formParam, project.get().auth().oauth())
                : TokenResult.error("invalid_request", "The body must be application/x-www-form-urlencoded");
        ctx.status(result.status()).contentType("application/json").result(json.valueToTree(result.body()).toString());
    }

    /** What a provider's userinfo endpoint answers for a local access token. */
    void userInfo(Context ctx) {
        noStore(ctx);
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
        Optional<LocalUser> user = server.userOf(token).flatMap(accounts::user);
        if (user.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ctx.status(401).contentType("application/json").result("{\"error\":\"invalid_token\"}");
            return;
        }
        LocalUser u = user.get();
        ObjectNode info = json.createObjectNode().put("sub", u.id()).put("email", u.login()).put("name", u.name())
                .put("role", u.role());
        ctx.contentType("application/json").result(info.toString());
    }

    private static void page(Context ctx, int status, String html) {
        noStore(ctx);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'");
        ctx.status(status).html(html);
    }

    private static void redirect(Context ctx, String target) {
        noStore(ctx);
        ctx.redirect(target, HttpStatus.FOUND);
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
    }
}
