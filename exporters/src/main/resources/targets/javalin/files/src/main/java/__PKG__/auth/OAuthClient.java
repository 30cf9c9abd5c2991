package {{package}}.auth;

import {{package}}.config.Config;
import {{package}}.web.ApiException;
import {{package}}.web.Router;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Login with the OAuth provider configured by environment variables: authorization code with PKCE (S256) and
 * state. {@code /api/auth/oauth/login} redirects to the provider, keeping state and verifier in a short-lived
 * HttpOnly cookie (so any instance can finish the flow); the callback checks the state, exchanges the code,
 * reads the user info, finds or creates the local user by login, and signs them in as the model says.
 */
public final class OAuthClient {
    private static final String FLOW_COOKIE = "oauth_flow";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();
    private final Config config;
    private final AuthService service;
    private final String scopes;

    public OAuthClient(Config config, AuthService service, String scopes) {
        this.config = config;
        this.service = service;
        this.scopes = scopes;
        for (String key : new String[] {"OAUTH_CLIENT_ID", "OAUTH_AUTHORIZE_URL", "OAUTH_TOKEN_URL",
                "OAUTH_USERINFO_URL", "OAUTH_REDIRECT_URI"}) {
            config.require(key);
        }
    }

    public void register(Router router) {
        router.get("/api/auth/oauth/login", this::start);
        router.get("/api/auth/oauth/callback", this::callback);
    }

    private void start(Context ctx) {
        String state = randomText();
        String verifier = randomText();
        ctx.header("Set-Cookie", FLOW_COOKIE + "=" + state + "." + verifier + "; Path=/api/auth/oauth; HttpOnly; "
                + "SameSite=Lax; Max-Age=600" + (config.httpsOnly() ? "; Secure" : ""));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.require("OAUTH_CLIENT_ID"));
        query.put("redirect_uri", config.require("OAUTH_REDIRECT_URI"));
        query.put("scope", scopes);
        query.put("state", state);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        ctx.redirect(config.require("OAUTH_AUTHORIZE_URL") + "?" + form(query));
    }

    private void callback(Context ctx) throws IOException, InterruptedException, SQLException {
        String flow = ctx.cookie(FLOW_COOKIE);
        String state = ctx.queryParam("state");
        String code = ctx.queryParam("code");
        if (flow == null || !flow.contains(".") || state == null || code == null
                || !MessageDigest.isEqual(flow.substring(0, flow.indexOf('.')).getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(400, "Invalid request");
        }
        ctx.header("Set-Cookie", FLOW_COOKIE + "=; Path=/api/auth/oauth; HttpOnly; SameSite=Lax; Max-Age=0");
        String accessToken = exchange(code, flow.substring(flow.indexOf('.') + 1));
        JsonNode info = userInfo(accessToken);
        AuthRoutes.signedIn(ctx, service.signInExternal(info.path("email").asText(""),
                info.path("name").asText(info.path("email").asText(""))), 200);
    }

    private String exchange(String code, String verifier) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", config.require("OAUTH_REDIRECT_URI"));
        body.put("client_id", config.require("OAUTH_CLIENT_ID"));
        body.put("code_verifier", verifier);
        if (!config.optional("OAUTH_CLIENT_SECRET").isBlank()) {
            body.put("client_secret", config.optional("OAUTH_CLIENT_SECRET"));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(config.require("OAUTH_TOKEN_URL")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode token = r.statusCode() == 200 ? JSON.readTree(r.body()).path("access_token") : null;
        if (token == null || !token.isTextual()) {
            throw ApiException.invalidCredentials();
        }
        return token.asText();
    }

    private JsonNode userInfo(String accessToken) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(config.require("OAUTH_USERINFO_URL")))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw ApiException.invalidCredentials();
        }
        JsonNode info = JSON.readTree(r.body());
        if (!info.path("email").isTextual()) {
            throw ApiException.invalidCredentials();
        }
        return info;
    }

    private String randomText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
