package dev.stackbench.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Project;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs scenarios over real HTTP against any server that claims the wire contract (the live server, an exported
 * project). Logs in per role with the given accounts (bearer token or session cookie, whichever the server
 * answers), registers fresh users for ownership checks, and reports each scenario's first failing step.
 */
public final class ScenarioRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Project project;
    private final String baseUrl;
    private final Login login;
    private final Map<String, String[]> sessions = new HashMap<>();

    /** Login and password of a seed user. */
    public record Account(String login, String password) {
    }

    /** How the runner gets a credential header ({name, value}) for a role. */
    @FunctionalInterface
    public interface Login {
        String[] header(String role) throws IOException;
    }

    /** The result of one scenario: {@code failedStep} is -1 when it passed. */
    public record Outcome(Scenario scenario, int failedStep, String problem) {
        public boolean passed() {
            return failedStep < 0;
        }

        @Override
        public String toString() {
            return passed() ? "PASS " + scenario.name()
                    : "FAIL " + scenario.name() + " (step " + (failedStep + 1) + "): " + problem;
        }
    }

    /** Logs in per role with {@code POST /api/auth/login} and the given seed accounts. */
    public ScenarioRunner(Project project, String baseUrl, Map<String, Account> accountsByRole) {
        this.project = project;
        this.baseUrl = baseUrl;
        Map<String, Account> accounts = Map.copyOf(accountsByRole);
        this.login = role -> {
            Account account = accounts.get(role);
            if (account == null) {
                throw new IOException("no seed account for role " + role);
            }
            return Logins.login(this, project, account);
        };
    }

    /** Gets credentials from {@code login} (e.g. an OAuth model whose users log in on a consent page). */
    public ScenarioRunner(Project project, String baseUrl, Login login) {
        this.project = project;
        this.baseUrl = baseUrl;
        this.login = login;
    }

    public List<Outcome> run(List<Scenario> scenarios) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            outcomes.add(run(scenario));
        }
        return outcomes;
    }

    public Outcome run(Scenario scenario) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            Step step = scenario.steps().get(i);
            try {
                Reply reply = send(step, vars);
                String problem = StepCheck.problem(step, reply, vars);
                if (problem != null) {
                    return new Outcome(scenario, i, problem);
                }
                step.capture().forEach((name, pointer) -> vars.put(name, reply.json().at(pointer).asText()));
            } catch (IOException | RuntimeException e) {
                return new Outcome(scenario, i, "request failed: " + e);
            }
        }
        return new Outcome(scenario, -1, null);
    }

    /** A response as the checks see it. */
    record Reply(int status, String body, JsonNode json, HttpResponse<String> raw) {
    }

    private Reply send(Step step, Map<String, String> vars) throws IOException {
        String body = step.body() == null ? null : fill(step.body(), vars);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + fill(step.path(), vars)))
                .timeout(Duration.ofSeconds(20)).method(step.method(), body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (step.contentType() != null) {
            b.header("Content-Type", step.contentType());
        }
        String[] credential = credential(step.actor());
        if (credential != null) {
            b.header(credential[0], credential[1]);
        }
        HttpResponse<String> r = exchange(b.build());
        JsonNode json = r.body().isEmpty() ? JSON.missingNode() : parse(r.body());
        return new Reply(r.statusCode(), r.body(), json, r);
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
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

    static String unique() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36)));
        }
        return s.toString();
    }

    /** The header that proves who the actor is: Authorization or Cookie; null for anonymous. */
    private String[] credential(String actor) throws IOException {
        if (actor == null) {
            return null;
        }
        if (actor.startsWith("bearer:")) {
            return new String[] {"Authorization", "Bearer " + actor.substring(7)};
        }
        if (actor.equals("registered")) {
            return Logins.register(this, project);
        }
        String[] cached = sessions.get(actor);
        if (cached == null) {
            cached = login.header(actor.substring("role:".length()));
            sessions.put(actor, cached);
        }
        return cached;
    }

    /** Posts JSON without credentials (login and register). */
    HttpResponse<String> postJson(String path, String json) throws IOException {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static ObjectMapper json() {
        return JSON;
    }
}
