package dev.stackbench.export.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.export.ExportFiles;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.stackbench.export.ExportFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** The deployment files of every template, checked statically (no Docker or Kubernetes here). */
class DeployWriterTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void writes_the_container_compose_kubernetes_and_environment_files(String template) {
        assertThat(files(template).keySet()).containsExactly(".dockerignore", ".env.example", "Dockerfile",
                "docker-compose.yml", "k8s/configmap.yaml", "k8s/deployment.yaml", "k8s/hpa.yaml",
                "k8s/secret.example.yaml", "k8s/service.yaml");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void every_yaml_file_parses(String template) throws Exception {
        for (Map.Entry<String, String> f : files(template).entrySet()) {
            if (f.getKey().endsWith(".yaml") || f.getKey().endsWith(".yml")) {
                assertThat(ExportFiles.yamlDocuments(f.getValue())).as(f.getKey()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_image_builds_with_maven_runs_the_jar_as_a_non_root_user_and_checks_health(String template) {
        String dockerfile = files(template).get("Dockerfile");
        assertThat(dockerfile).contains("FROM maven:3.9-eclipse-temurin-17 AS build", "mvn -B -q package -DskipTests",
                "FROM eclipse-temurin:17-jre", "/src/" + ExportedApp.JAR, "EXPOSE " + ExportedApp.PORT);
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).isEqualTo(ExportedApp.UID + ":" + ExportedApp.UID);
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n.*http://127\\.0\\.0\\.1:8080/health");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void kubernetes_probes_health_and_readiness_and_runs_as_non_root_with_limits(String template) throws Exception {
        Map<String, String> files = files(template);
        JsonNode pod = yaml(files.get("k8s/deployment.yaml")).at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(ExportedApp.UID);
        JsonNode container = pod.at("/containers/0");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/ready");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.at("/envFrom/0/configMapRef/name").asText())
                .isEqualTo(yaml(files.get("k8s/configmap.yaml")).at("/metadata/name").asText());
        assertThat(container.at("/envFrom/1/secretRef/name").asText())
                .isEqualTo(yaml(files.get("k8s/secret.example.yaml")).at("/metadata/name").asText());
        JsonNode hpa = yaml(files.get("k8s/hpa.yaml"));
        assertThat(hpa.at("/apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void compose_starts_the_app_after_healthy_postgres_and_redis(String template) throws Exception {
        JsonNode services = yaml(files(template).get("docker-compose.yml")).at("/services");
        assertThat(services.at("/postgres/image").asText()).isEqualTo("postgres:16");
        assertThat(services.at("/redis/image").asText()).isEqualTo("redis:7");
        assertThat(services.at("/postgres/healthcheck").isObject()).isTrue();
        assertThat(services.at("/redis/healthcheck").isObject()).isTrue();
        assertThat(services.at("/app/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/app/depends_on/redis/condition").asText()).isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void secrets_go_to_the_secret_and_never_to_the_config_map(String template) throws Exception {
        Map<String, String> files = files(template);
        Set<String> config = keys(yaml(files.get("k8s/configmap.yaml")).at("/data"));
        Set<String> secret = keys(yaml(files.get("k8s/secret.example.yaml")).at("/stringData"));
        for (ExportedApp.EnvKey key : ExportedApp.of(Templates.load(template)).environment()) {
            assertThat(key.secret() ? secret : config).as(key.name()).contains(key.name());
            assertThat(key.secret() ? config : secret).as(key.name()).doesNotContain(key.name());
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void env_example_documents_every_key_of_the_app_and_every_key_compose_or_kubernetes_sets(String template)
            throws Exception {
        Map<String, String> files = files(template);
        String example = files.get(".env.example");
        for (ExportedApp.EnvKey key : ExportedApp.of(Templates.load(template)).environment()) {
            assertThat(example).contains("# " + key.description() + (key.required() ? " (required)" : "")
                    + (key.secret() ? " — secret" : "") + "\n" + key.name() + "=");
        }
        Set<String> documented = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=").matcher(example).results()
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>(keys(yaml(files.get("docker-compose.yml")).at("/services/app/environment")));
        used.addAll(keys(yaml(files.get("k8s/configmap.yaml")).at("/data")));
        used.addAll(keys(yaml(files.get("k8s/secret.example.yaml")).at("/stringData")));
        assertThat(documented).containsAll(used);
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_output_is_deterministic(String template) {
        assertThat(DeployWriter.write(Templates.load(template))).isEqualTo(DeployWriter.write(Templates.load(template)));
    }

    private static Map<String, String> files(String template) {
        return ExportFiles.byPath(DeployWriter.write(Templates.load(template)));
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
