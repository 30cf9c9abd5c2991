package {{package}};

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenario suite Stackbench derived from the model (src/test/resources/scenarios.json) over real HTTP:
 * the same scenarios the live backend passes, so this service answers with the same statuses and bodies.
 */
final class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final JsonNode suite;
    private final Map<String, String[]> credentials = new HashMap<>();

    ScenarioRunner(String baseUrl, JsonNode suite) {
        this.baseUrl = baseUrl;
        this.suite = suite;
    }

    /** Runs one scenario; returns null when it passed, else the first problem in plain words. */
    String run(JsonNode scenario) throws IOException, InterruptedException {
        Map<String, String> vars = new HashMap<>();
        int index = 0;
        for (JsonNode step : scenario.get("steps")) {
            index++;
            HttpResponse<String> reply = send(step, vars);
            JsonNode json = reply.body().isEmpty() ? JSON.missingNode() : parse(reply.body());
            String problem = Checks.problem(step, reply, json, vars);
            if (problem != null) {
                return "step " + index + " (" + step.get("method").asText() + " " + step.get("path").asText() + "): "
                        + problem;
            }
            Iterator<Map.Entry<String, JsonNode>> capture = step.get("capture").fields();
            while (capture.hasNext()) {
                Map.Entry<String, JsonNode> c = capture.next();
                vars.put(c.getKey(), json.at(c.getValue().asText()).asText());
            }
        }
        return null;
    }

    private HttpResponse<String> send(JsonNode step, Map<String, String> vars) throws IOException,
            InterruptedException {
        String body = step.path("body").isTextual() ? fill(step.get("body").asText(), vars) : null;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + fill(step.get("path").asText(), vars)))
                .timeout(Duration.ofSeconds(20)).method(step.get("method").asText(), body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (step.path("contentType").isTextual()) {
            b.header("Content-Type", step.get("contentType").asText());
        }
        String[] credential = credential(step.path("actor").isTextual() ? step.get("actor").asText() : null);
        if (credential != null) {
            b.header(credential[0], credential[1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The header that proves who the actor is: Authorization or Cookie; null for anonymous. */
    String[] credential(String actor) throws IOException, InterruptedException {
        if (actor == null) {
            return null;
        }
        if (actor.startsWith("bearer:")) {
            return new String[] {"Authorization", "Bearer " + actor.substring(7)};
        }
        if (actor.equals("registered")) {
            return signIn("/api/auth/register", fill(suite.get("registerTemplate").asText(), Map.of()));
        }
        String[] known = credentials.get(actor);
        if (known == null) {
            String role = actor.substring("role:".length());
            JsonNode account = null;
            for (JsonNode a : suite.get("accounts")) {
                if (a.get("role").asText().equals(role)) {
                    account = a;
                }
            }
            if (account == null) {
                throw new IOException("no seed account for role " + role);
            }
            known = suite.path("loginFlow").asText().equals("oauth") ? oauthSignIn(account.get("login").asText())
                    : signIn("/api/auth/login", JSON.createObjectNode().put(suite.get("loginProperty").asText(),
                    account.get("login").asText()).put("password", account.get("password").asText()).toString());
            credentials.put(actor, known);
        }
        return known;
    }

    /** The authorization-code flow against the test provider, signing in as {@code login}. */
    private String[] oauthSignIn(String login) throws IOException, InterruptedException {
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/oauth/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String flowCookie = start.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String authorize = start.headers().firstValue("Location").orElseThrow() + "&login_hint="
                + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> consent = client.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = consent.headers().firstValue("Location").orElseThrow(() -> new IOException(
                "the provider refused: " + consent.body()));
        return credentialOf(client.send(HttpRequest.newBuilder(URI.create(callback)).header("Cookie", flowCookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString()), "oauth callback");
    }

    private String[] signIn(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return credentialOf(r, path);
    }

    private static String[] credentialOf(HttpResponse<String> r, String path) throws IOException {
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IOException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode token = JSON.readTree(r.body()).at("/data/accessToken");
        if (token.isTextual()) {
            return new String[] {"Authorization", "Bearer " + token.asText()};
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IOException(path
                + " gave neither a token nor a cookie"));
        return new String[] {"Cookie", cookie.split(";", 2)[0]};
    }

    static String fill(String text, Map<String, String> vars) {
        String out = text;
        while (out.contains("{unique}")) {
            out = out.replaceFirst("\\{unique}", unique());
        }
        for (Map.Entry<String, String> v : vars.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    private static String unique() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
        }
        return s.toString();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** The expectations of a step: status, request id, and the body's shape. */
    static final class Checks {
        private Checks() {
        }

        static String problem(JsonNode step, HttpResponse<String> reply, JsonNode json, Map<String, String> vars) {
            if (reply.statusCode() != step.get("status").asInt()) {
                return "expected status " + step.get("status").asInt() + " but got " + reply.statusCode() + ": "
                        + cut(reply.body());
            }
            if (reply.headers().firstValue("X-Request-Id").isEmpty()) {
                return "no X-Request-Id header";
            }
            JsonNode shape = step.get("shape");
            return switch (shape.get("kind").asText()) {
                case "EMPTY" -> reply.body().isEmpty() ? null : "expected no body";
                case "OBJECT" -> object(shape, json);
                case "LIST" -> list(shape, json);
                case "ERROR" -> error(step, json, vars);
                default -> null;
            };
        }

        private static String object(JsonNode shape, JsonNode json) {
            if (!json.path("success").asBoolean(false) || !json.path("data").isObject()) {
                return "expected a success envelope with an object: " + cut(json.toString());
            }
            List<String> expected = new ArrayList<>();
            shape.get("properties").forEach(p -> expected.add(p.asText()));
            List<String> seen = new ArrayList<>();
            json.get("data").fieldNames().forEachRemaining(n -> {
                if (expected.contains(n)) {
                    seen.add(n);
                }
            });
            return seen.equals(expected) ? null : "expected properties " + expected + " but saw " + seen;
        }

        private static String list(JsonNode shape, JsonNode json) {
            JsonNode meta = json.path("meta");
            if (!json.path("success").asBoolean(false) || !json.path("data").isArray() || !meta.has("total")
                    || !meta.has("page") || !meta.has("limit") || !meta.has("requestId")) {
                return "expected a list envelope: " + cut(json.toString());
            }
            if (shape.path("limit").isInt() && meta.get("limit").asInt() != shape.get("limit").asInt()) {
                return "expected meta.limit " + shape.get("limit") + " but got " + meta.get("limit");
            }
            return shape.path("maxItems").isInt() && json.get("data").size() > shape.get("maxItems").asInt()
                    ? "expected at most " + shape.get("maxItems") + " rows" : null;
        }

        private static String error(JsonNode step, JsonNode json, Map<String, String> vars) {
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            List<String> expectedKeys = json.has("errors") ? List.of("success", "data", "error", "errors", "meta")
                    : List.of("success", "data", "error", "meta");
            if (!keys.equals(expectedKeys) || json.get("success").asBoolean(true) || !json.get("data").isNull()) {
                return "expected a failure envelope in contract order: " + cut(json.toString());
            }
            String expected = fill(step.get("error").asText(), vars);
            if (!json.get("error").asText().equals(expected)) {
                return "expected error '" + expected + "' but got '" + json.get("error").asText() + "'";
            }
            if (!step.path("errors").isArray()) {
                return null;
            }
            List<String> want = new ArrayList<>();
            step.get("errors").forEach(e -> want.add(e.get("field").asText() + ": " + e.get("message").asText()));
            List<String> got = new ArrayList<>();
            json.path("errors").forEach(e -> got.add(e.path("field").asText() + ": " + e.path("message").asText()));
            return want.equals(got) ? null : "expected errors " + want + " but got " + got;
        }

        private static String cut(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
