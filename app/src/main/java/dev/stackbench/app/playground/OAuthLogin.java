package dev.stackbench.app.playground;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the live server's "Sign in with OAuth" the way a browser would: the app's start route sends us to the
 * local authorization server's consent page (the server keeps the state and the PKCE verifier), we pick the seed
 * user there and allow, and the callback signs us in. Every hop is real HTTP with the shared cookie jar.
 */
final class OAuthLogin {
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern CHOICE = Pattern.compile(
            "<input type=\"radio\" name=\"user_id\" value=\"([^\"]*)\"[^>]*>([^<]*)</label>");

    private final PlaygroundHttp http;
    private final String baseUrl;

    OAuthLogin(PlaygroundHttp http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    CompletableFuture<HttpResult> run(String login) {
        return get(baseUrl + "/api/auth/oauth/start")
                .thenCompose(start -> get(location(start)))
                .thenCompose(consent -> decide(consent, login))
                .thenCompose(decided -> get(location(decided)));
    }

    private CompletableFuture<HttpResult> decide(HttpResult consent, String login) {
        if (consent.status() != 200) {
            return CompletableFuture.completedFuture(consent);
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(consent.body());
        while (hidden.find()) {
            form.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        Matcher choice = CHOICE.matcher(consent.body());
        while (choice.find()) {
            if (unescape(choice.group(2)).contains("<" + login + ">")) {
                form.put("user_id", unescape(choice.group(1)));
            }
        }
        form.put("decision", "allow");
        return http.send(new RequestSpec("POST", baseUrl + "/oauth/authorize",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), encode(form)));
    }

    private CompletableFuture<HttpResult> get(String url) {
        return url == null ? CompletableFuture.completedFuture(HttpResult.failed("The flow stopped: no redirect", 0))
                : http.send(new RequestSpec("GET", url, Map.of("Accept", "application/json, text/html"), ""));
    }

    private String location(HttpResult result) {
        String location = result.header("Location");
        return location == null ? null : URI.create(baseUrl + "/").resolve(location).toString();
    }

    private static String encode(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
