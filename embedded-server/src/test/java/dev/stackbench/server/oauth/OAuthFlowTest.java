package dev.stackbench.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.OAuthSettings;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.SeedUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local authorization server (code + PKCE + state) and the app's OAuth login, over real HTTP. */
class OAuthFlowTest {
    private static final String APP = "http://localhost:5173/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LiveServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void start() {
        Project blog = Templates.load("blog");
        OAuthSettings oauth = new OAuthSettings("local", "", "", "", "stackbench-app",
                List.of("openid", "profile", "email"), List.of(APP), AuthStrategy.SESSION);
        Project project = blog.withAuth(blog.auth().withStrategy(AuthStrategy.OAUTH).withOauth(oauth));
        server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SeedUser seed(String role) {
        return server.seedUsers().stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
    }

    private Map<String, String> authorizeParams(String verifier, String redirectUri) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", "stackbench-app");
        p.put("redirect_uri", redirectUri);
        p.put("state", "st-" + System.nanoTime());
        p.put("code_challenge", Pkce.challenge(verifier));
        p.put("code_challenge_method", "S256");
        return p;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? server.url() + url : url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> params) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name + " in " + html).isTrue();
        return m.group(1);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Consent page → approve as {@code userId} → the redirect's query (code, state). */
    private Map<String, String> approve(Map<String, String> params, String userId) throws Exception {
        HttpResponse<String> page = get("/oauth/authorize?" + form(params));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> decision = new LinkedHashMap<>(params);
        decision.put("consent", hidden(page.body(), "consent"));
        decision.put("user_id", userId);
        decision.put("decision", "allow");
        HttpResponse<String> redirect = postForm("/oauth/authorize", decision);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(params.get("redirect_uri") + "?");
        return query(location);
    }

    private HttpResponse<String> token(String code, String redirectUri, String verifier) throws Exception {
        return postForm("/oauth/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", "stackbench-app", "code_verifier", verifier));
    }

    @Test
    void the_consent_page_lists_the_seed_users_to_pick() throws Exception {
        HttpResponse<String> page = get("/oauth/authorize?" + form(authorizeParams(Pkce.randomToken(), APP)));
        assertThat(page.statusCode()).isEqualTo(200);
        server.seedUsers().forEach(u -> assertThat(page.body()).contains(u.login()));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void the_code_flow_with_pkce_issues_a_token_for_the_chosen_user() throws Exception {
        String verifier = Pkce.randomToken();
        Map<String, String> params = authorizeParams(verifier, APP);
        Map<String, String> answer = approve(params, seed("author").id());
        assertThat(answer.get("state")).isEqualTo(params.get("state"));
        HttpResponse<String> issued = token(answer.get("code"), APP, verifier);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(issued.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isPositive();
        assertThat(body.path("scope").asText()).isEqualTo("openid profile email");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/oauth/userinfo"))
                .header("Authorization", "Bearer " + body.path("access_token").asText()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(me.body()).path("sub").asText()).isEqualTo(seed("author").id());
    }

    @Test
    void a_wrong_code_verifier_is_an_invalid_grant() throws Exception {
        Map<String, String> answer = approve(authorizeParams(Pkce.randomToken(), APP), seed("reader").id());
        HttpResponse<String> r = token(answer.get("code"), APP, Pkce.randomToken());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void a_reused_code_is_an_invalid_grant_and_revokes_the_token_it_bought() throws Exception {
        String verifier = Pkce.randomToken();
        Map<String, String> answer = approve(authorizeParams(verifier, APP), seed("reader").id());
        String accessToken = JSON.readTree(token(answer.get("code"), APP, verifier).body()).path("access_token")
                .asText();
        HttpResponse<String> replay = token(answer.get("code"), APP, verifier);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(replay.body()).path("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/oauth/userinfo"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_request_with_another_redirect_uri_is_an_invalid_grant() throws Exception {
        String verifier = Pkce.randomToken();
        Map<String, String> answer = approve(authorizeParams(verifier, APP), seed("reader").id());
        HttpResponse<String> r = token(answer.get("code"), "http://localhost:5173/other", verifier);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void an_unregistered_redirect_uri_gets_an_error_page_and_never_a_redirect() throws Exception {
        HttpResponse<String> r = get("/oauth/authorize?" + form(authorizeParams(Pkce.randomToken(),
                "https://evil.example/steal")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.body()).contains("redirect_uri is not registered");
    }

    @Test
    void a_missing_state_is_sent_back_as_invalid_request() throws Exception {
        Map<String, String> params = authorizeParams(Pkce.randomToken(), APP);
        params.remove("state");
        HttpResponse<String> r = get("/oauth/authorize?" + form(params));
        assertThat(r.statusCode()).isEqualTo(302);
        Map<String, String> error = query(r.headers().firstValue("Location").orElseThrow());
        assertThat(error).containsEntry("error", "invalid_request").containsEntry("error_description",
                "state is required");
    }

    @Test
    void the_plain_pkce_method_is_refused() throws Exception {
        Map<String, String> params = authorizeParams(Pkce.randomToken(), APP);
        params.put("code_challenge_method", "plain");
        HttpResponse<String> r = get("/oauth/authorize?" + form(params));
        assertThat(query(r.headers().firstValue("Location").orElseThrow())).containsEntry("error", "invalid_request")
                .containsEntry("state", params.get("state"));
    }

    @Test
    void a_consent_form_cannot_be_posted_twice() throws Exception {
        Map<String, String> params = authorizeParams(Pkce.randomToken(), APP);
        HttpResponse<String> page = get("/oauth/authorize?" + form(params));
        Map<String, String> decision = new LinkedHashMap<>(params);
        decision.put("consent", hidden(page.body(), "consent"));
        decision.put("user_id", seed("reader").id());
        decision.put("decision", "allow");
        assertThat(postForm("/oauth/authorize", decision).statusCode()).isEqualTo(302);
        assertThat(postForm("/oauth/authorize", decision).statusCode()).isEqualTo(400);
    }

    @Test
    void logging_in_through_the_callback_opens_a_session_for_the_chosen_user() throws Exception {
        HttpResponse<String> start = get("/api/auth/oauth/start");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> page = get(start.headers().firstValue("Location").orElseThrow());
        Map<String, String> params = query(server.url() + start.headers().firstValue("Location").orElseThrow());
        Map<String, String> decision = new LinkedHashMap<>(params);
        decision.put("consent", hidden(page.body(), "consent"));
        decision.put("user_id", seed("author").id());
        decision.put("decision", "allow");
        HttpResponse<String> toCallback = postForm("/oauth/authorize", decision);
        HttpResponse<String> callback = get(toCallback.headers().firstValue("Location").orElseThrow());
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
        assertThat(callback.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");
        HttpResponse<String> me = get("/api/auth/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("data").path("email").asText()).isEqualTo(seed("author").login());
    }

    @Test
    void a_callback_whose_state_this_browser_never_started_is_refused() throws Exception {
        HttpResponse<String> r = get("/api/auth/oauth/callback?code=abc&state=forged");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("Invalid or expired credentials");
    }
}
