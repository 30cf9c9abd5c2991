package dev.stackbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment, monitoring and API artifacts of every template, checked statically (Docker and Kubernetes
 * cannot run here): every YAML and JSON parses, probes point at /health and /ready, nothing runs as root,
 * every environment key used is documented in .env.example, the alert rules cover the five kinds, the Postman
 * collection has every endpoint and a login that stores the token.
 */
class ArtifactsTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void deployment_files_parse_run_as_non_root_and_probe_health_and_readiness(String template) throws Exception {
        Map<String, String> files = render(template);
        for (String path : files.keySet()) {
            if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                assertThat(YAML.readTree(files.get(path))).as(path).isNotNull();
            } else if (path.endsWith(".json")) {
                assertThat(JSON.readTree(files.get(path))).as(path).isNotNull();
            }
        }
        JsonNode deployment = YAML.readTree(files.get("k8s/deployment.yaml")).at("/spec/template/spec");
        assertThat(deployment.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        JsonNode container = deployment.at("/containers/0");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/ready");
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
        assertThat(YAML.readTree(files.get("k8s/hpa.yaml")).at("/kind").asText())
                .isEqualTo("HorizontalPodAutoscaler");
        String dockerfile = files.get("Dockerfile");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile).contains("HEALTHCHECK").contains("/health");
        JsonNode compose = YAML.readTree(files.get("docker-compose.yml")).at("/services");
        assertThat(compose.has("postgres") && compose.has("redis") && compose.has("app")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void every_environment_key_used_is_in_env_example(String template) throws Exception {
        Map<String, String> files = render(template);
        Set<String> documented = Pattern.compile("(?m)^([A-Z_]+)=").matcher(files.get(".env.example")).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        YAML.readTree(files.get("docker-compose.yml")).at("/services/app/environment").fieldNames()
                .forEachRemaining(used::add);
        YAML.readTree(files.get("k8s/configmap.yaml")).at("/data").fieldNames().forEachRemaining(used::add);
        JsonNode secret = YAML.readTree(files.get("k8s/secret.example.yaml")).at("/stringData");
        secret.fieldNames().forEachRemaining(used::add);
        Pattern.compile("\"([A-Z][A-Z0-9_]+)\"").matcher(files.get(configPath(files))).results()
                .map(m -> m.group(1)).filter(k -> k.contains("_") || k.equals("PORT") || k.equals("HOST"))
                .forEach(used::add);
        assertThat(documented).containsAll(used);
        assertThat(secret.has("DATABASE_PASSWORD")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void alert_rules_cover_errors_latency_downtime_pool_and_rate_limit_storms(String template) throws Exception {
        JsonNode rules = YAML.readTree(render(template).get("monitoring/alerts.yml")).at("/groups/0/rules");
        List<String> names = new ArrayList<>();
        rules.forEach(r -> names.add(r.get("alert").asText()));
        assertThat(names).containsExactly("HighErrorRate", "HighLatencyP95", "InstanceDown", "DatabasePoolSaturated",
                "RateLimitStorm");
        rules.forEach(r -> assertThat(r.at("/labels/severity").asText()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void the_postman_collection_has_every_endpoint_and_a_login_that_keeps_the_token(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode collection = JSON.readTree(render(template).get("postman/collection.json"));
        assertThat(collection.at("/info/schema").asText()).contains("v2.1.0");
        List<String> requests = new ArrayList<>();
        collection.get("item").forEach(folder -> folder.get("item").forEach(item -> requests.add(
                item.at("/request/method").asText() + " " + item.at("/request/url/raw").asText())));
        for (Endpoint ep : project.endpoints()) {
            assertThat(requests).contains(ep.method() + " {{baseUrl}}" + ep.path().replaceAll("\\{[^}]+}", "1"));
        }
        if (project.auth().strategy() == dev.stackbench.model.AuthStrategy.JWT) {
            assertThat(collection.toString()).contains("pm.environment.set('token', signedIn.accessToken)");
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void the_asyncapi_document_describes_every_channel(String template) throws Exception {
        Project project = Templates.load(template);
        String doc = render(template).get("asyncapi.yaml");
        if (project.channels().isEmpty()) {
            assertThat(doc).isNull();
            return;
        }
        JsonNode tree = YAML.readTree(doc);
        assertThat(tree.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(tree.get("channels").size()).isEqualTo(project.channels().size());
    }

    private static Map<String, String> render(String template) {
        return ExportEngine.render(Templates.load(template), "javalin").stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    }

    private static String configPath(Map<String, String> files) {
        return files.keySet().stream().filter(p -> p.endsWith("/config/Config.java")).findFirst().orElseThrow();
    }
}
