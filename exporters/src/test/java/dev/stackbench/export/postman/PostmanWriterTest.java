package dev.stackbench.export.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.export.ExportFiles;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Postman collection and environment of every template. */
class PostmanWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_collection_is_v2_1_with_one_request_per_endpoint_under_base_url(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode collection = JSON.readTree(files(project).get("postman/collection.json"));
        assertThat(collection.at("/info/schema").asText())
                .isEqualTo("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
        List<String> requests = new ArrayList<>();
        collection.get("item").forEach(folder -> folder.get("item").forEach(item -> requests.add(
                item.at("/request/method").asText() + " " + item.at("/request/url/raw").asText())));
        for (Endpoint ep : project.endpoints()) {
            assertThat(requests).contains(ep.method() + " {{baseUrl}}" + ep.path().replaceAll("\\{[^}]+}", "1"));
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void writes_carry_an_example_json_body_from_the_models_sample_values(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode collection = JSON.readTree(files(project).get("postman/collection.json"));
        long writes = project.endpoints().stream().filter(ep -> ep.kind() == EndpointKind.CREATE
                || ep.kind() == EndpointKind.UPDATE || ep.kind() == EndpointKind.PATCH).count();
        List<JsonNode> bodies = new ArrayList<>();
        collection.get("item").forEach(folder -> folder.get("item").forEach(item -> {
            if (item.at("/request/body/raw").isTextual() && !folder.get("name").asText().equals("Auth")) {
                bodies.add(item.at("/request/body/raw"));
            }
        }));
        assertThat(bodies).hasSize((int) writes);
        for (JsonNode raw : bodies) {
            assertThat(JSON.readTree(raw.asText()).isObject()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void login_keeps_the_token_for_jwt_and_relies_on_the_cookie_jar_for_sessions(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode collection = JSON.readTree(files(project).get("postman/collection.json"));
        String text = collection.toString();
        if (ExportedApp.usesJwt(project)) {
            assertThat(collection.at("/item/0/name").asText()).isEqualTo("Auth");
            assertThat(collection.at("/item/0/item/0/name").asText()).isEqualTo("Login");
            assertThat(text).contains("pm.environment.set('token', signedIn.accessToken)");
            assertThat(collection.at("/auth/bearer/0/value").asText()).isEqualTo("{{token}}");
        } else {
            assertThat(text).doesNotContain("pm.environment.set('token'");
            assertThat(collection.has("auth")).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_environment_points_at_the_local_app_with_login_placeholders(String template) throws Exception {
        JsonNode env = JSON.readTree(files(Templates.load(template)).get("postman/environment.json"));
        List<String> keys = new ArrayList<>();
        env.get("values").forEach(v -> keys.add(v.get("key").asText()));
        assertThat(keys).containsExactly("baseUrl", "login", "password", "token");
        assertThat(env.at("/values/0/value").asText()).isEqualTo("http://localhost:8080");
        assertThat(env.at("/values/2/type").asText()).isEqualTo("secret");
    }

    private static Map<String, String> files(Project project) {
        return ExportFiles.byPath(PostmanWriter.write(project));
    }
}
