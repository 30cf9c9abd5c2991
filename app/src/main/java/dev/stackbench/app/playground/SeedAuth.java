package dev.stackbench.app.playground;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Project;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a seed user in over {@code http} (its cookie jar keeps a session): password login, or for OAuth projects
 * the local authorization-code + PKCE flow. Shared by the auth helper and by WebSocket consoles that connect as
 * a user of their own.
 */
final class SeedAuth {
    private static final Pattern SAME_SITE = Pattern.compile("(?i);\\s*SameSite=([A-Za-z]+)");

    private SeedAuth() {
    }

    static CompletableFuture<HttpResult> login(PlaygroundHttp http, Project project, String baseUrl, SeedLogin user) {
        if (project.auth().strategy() == AuthStrategy.OAUTH) {
            return new OAuthLogin(http, baseUrl).run(user.login());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put(RequestTemplates.loginProperty(project), user.login()).put("password", user.password());
        return post(http, baseUrl + "/api/auth/login", body.toString());
    }

    static CompletableFuture<HttpResult> post(PlaygroundHttp http, String url, String body) {
        return http.send(new RequestSpec("POST", url,
                Map.of("Content-Type", "application/json", "Accept", "application/json"), body));
    }

    /** The access token of a login or refresh answer; empty for sessions, which answer with a cookie. */
    static String accessToken(HttpResult result) {
        return JsonText.parse(result.body()).map(b -> b.path("data").path("accessToken").asText("")).orElse("");
    }

    static String refreshToken(HttpResult result) {
        return JsonText.parse(result.body()).map(b -> b.path("data").path("refreshToken").asText("")).orElse("");
    }

    /**
     * The jar's cookies with their flags. The jar forgets SameSite, so that flag comes from the {@code Set-Cookie}
     * headers of {@code answer}, the login that set them.
     */
    static List<Credentials.Cookie> cookies(PlaygroundHttp http, HttpResult answer) {
        List<String> setCookies = answer.headers("Set-Cookie");
        List<Credentials.Cookie> out = new ArrayList<>();
        for (HttpCookie cookie : http.cookies()) {
            List<String> flags = new ArrayList<>();
            if (cookie.isHttpOnly()) {
                flags.add("HttpOnly");
            }
            if (cookie.getSecure()) {
                flags.add("Secure");
            }
            setCookies.stream().filter(h -> h.startsWith(cookie.getName() + "=")).map(SAME_SITE::matcher)
                    .filter(Matcher::find).findFirst().ifPresent(m -> flags.add("SameSite=" + m.group(1)));
            if (cookie.getPath() != null) {
                flags.add("Path=" + cookie.getPath());
            }
            if (cookie.getMaxAge() >= 0) {
                flags.add("Max-Age=" + cookie.getMaxAge() + " s");
            }
            out.add(new Credentials.Cookie(cookie.getName(), flags));
        }
        return out;
    }
}
