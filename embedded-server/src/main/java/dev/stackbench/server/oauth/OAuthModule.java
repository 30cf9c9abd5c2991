package dev.stackbench.server.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Project;
import dev.stackbench.server.auth.Caller;
import dev.stackbench.server.auth.TokenPair;
import dev.stackbench.server.http.RouteModule;
import dev.stackbench.server.http.ServerServices;
import dev.stackbench.server.rest.ApiException;
import dev.stackbench.server.rest.Envelope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The local OAuth authorization server and the app's login through it, active while the model's auth strategy
 * is OAUTH (checked per request, so a hot reload can switch it on or off). Found by
 * {@link java.util.ServiceLoader}.
 */
public final class OAuthModule implements RouteModule {
    private ServerServices services;

    @Override
    public void register(RoutesConfig routes, ServerServices services) {
        this.services = services;
        Clock clock = Clock.systemUTC();
        LocalAuthorizationServer server = new LocalAuthorizationServer(clock,
                Duration.ofMinutes(services.project().auth().jwt().accessTokenMinutes()));
        OAuthAccounts accounts = new SeedAccounts(services.seedUsers());
        AuthorizeRoutes authorize = new AuthorizeRoutes(server, accounts, services.model(), this::redirectUris,
                services.json());
        LoginFlow flow = new LoginFlow(server, new PendingLogins(clock), () -> services.project().auth().oauth(),
                accounts);
        routes.get("/oauth/authorize", whenOAuth(authorize::consent));
        routes.post("/oauth/authorize", whenOAuth(authorize::decide));
        routes.post("/oauth/token", whenOAuth(authorize::token));
        routes.get("/oauth/userinfo", whenOAuth(authorize::userInfo));
        routes.get(LoginFlow.START, whenOAuth(flow::start));
        routes.get(LoginFlow.CALLBACK, whenOAuth(ctx -> signIn(ctx, flow.callback(ctx))));
    }

    private Handler whenOAuth(Handler handler) {
        return ctx -> {
            if (services.project().auth().strategy() != AuthStrategy.OAUTH) {
                throw new ApiException(404, "No route for " + ctx.method() + " " + ctx.path());
            }
            handler.handle(ctx);
        };
    }

    /** The model's redirect URIs plus this server's own callback under each loopback name. */
    private List<String> redirectUris(Context ctx) {
        List<String> uris = new ArrayList<>(services.project().auth().oauth().redirectUris());
        for (String host : List.of("127.0.0.1", "localhost", "[::1]")) {
            uris.add("http://" + host + ":" + ctx.port() + LoginFlow.CALLBACK);
        }
        return uris;
    }

    /** Links (or creates) the local user and answers like a login: a session cookie or tokens, per issueAs. */
    private void signIn(Context ctx, LocalUser user) {
        Caller caller = services.users().createOrLink(user.login(), user.name());
        Project project = services.project();
        ObjectNode data = services.json().createObjectNode();
        ObjectNode shown = data.putObject("user").put("id", caller.id()).put("name", caller.name());
        ArrayNode roles = shown.putArray("roles");
        caller.roles().forEach(roles::add);
        if (project.auth().oauth().issueAs() == AuthStrategy.JWT) {
            TokenPair pair = services.credentials().issueTokens(caller);
            data.put("accessToken", pair.accessToken()).put("refreshToken", pair.refreshToken())
                    .put("tokenType", pair.tokenType()).put("expiresIn", pair.expiresIn());
        } else {
            String session = services.credentials().openSession(caller);
            ctx.header("Set-Cookie", services.credentials().sessionCookie(session, services.secureCookies()));
        }
        ctx.contentType("application/json").result(Envelope.ok(data, ctx.res().getHeader("X-Request-Id")).toString());
    }
}
