package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import dev.stackbench.model.sample.ExampleValues;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real documents written elsewhere (src/test/resources/public/SOURCES.md): they import, the model lints without
 * errors, and the live backend serves the imported paths — a row created at the imported create path is listed,
 * fetched and deleted at the imported paths.
 */
class PublicDocumentsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"petstore-3.0.yaml", "webhook-example-3.1.yaml", "petstore-expanded-3.0.yaml"})
    void importsLintsAndServes(String file) throws Exception {
        ImportResult result = OpenApiImporter.read(resource(file).toString());
        Project project = result.project();

        List<Finding> errors = Advisor.standard().run(project).stream().filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).as("advisor errors").isEmpty();
        Entity pet = project.entityNamed("Pet").orElseThrow();
        assertThat(pet.fieldNamed("name").orElseThrow().required()).isTrue();
        assertThat(pet.fieldNamed("tag").orElseThrow().required()).isFalse();
        assertThat(project.endpoints()).extracting(Endpoint::path).contains("/pets");

        LiveServer server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true));
        try {
            String base = server.url();
            for (Endpoint ep : project.endpoints()) {
                if (ep.kind() == EndpointKind.CREATE) {
                    HttpResponse<String> created = send(base, "POST", ep.path(),
                            ExampleValues.body(project, pet, 1).toString());
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                }
            }
            for (Endpoint ep : project.endpoints()) {
                if (ep.kind() == EndpointKind.LIST) {
                    HttpResponse<String> list = send(base, "GET", ep.path(), null);
                    assertThat(list.statusCode()).as(ep.path()).isEqualTo(200);
                    assertThat(JSON.readTree(list.body()).path("data").isArray()).isTrue();
                }
            }
            boolean created = project.endpoints().stream().anyMatch(e -> e.kind() == EndpointKind.CREATE);
            for (Endpoint ep : project.endpoints()) {
                if (created && ep.kind() == EndpointKind.GET) {
                    HttpResponse<String> one = send(base, "GET", ep.path().replace("{id}", "1"), null);
                    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
                    assertThat(JSON.readTree(one.body()).path("data").path("name").asText()).isNotEmpty();
                }
            }
            for (Endpoint ep : project.endpoints()) {
                if (created && ep.kind() == EndpointKind.DELETE) {
                    assertThat(send(base, "DELETE", ep.path().replace("{id}", "1"), null).statusCode()).isEqualTo(204);
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void whatDoesNotMapIsReportedWithItsPointer() throws Exception {
        ImportResult expanded = OpenApiImporter.read(resource("petstore-expanded-3.0.yaml").toString());
        assertThat(expanded.notes()).anySatisfy(n -> {
            assertThat(n.pointer()).isEqualTo("/components/schemas/NewPet");
            assertThat(n.why()).contains("allOf");
        });
        assertThat(expanded.notes()).anySatisfy(n -> {
            assertThat(n.pointer()).isEqualTo("/paths/~1pets/get/parameters/tags");
            assertThat(n.why()).contains("not a property of Pet");
        });
        ImportResult webhook = OpenApiImporter.read(resource("webhook-example-3.1.yaml").toString());
        assertThat(webhook.notes()).anySatisfy(n -> assertThat(n.pointer()).isEqualTo("/webhooks/newPet"));
        ImportResult petstore = OpenApiImporter.read(resource("petstore-3.0.yaml").toString());
        assertThat(petstore.notes()).anySatisfy(n -> {
            assertThat(n.pointer()).isEqualTo("/paths/~1pets~1{petId}/get");
            assertThat(n.why()).contains("{id}");
        });
        JsonNode pointers = JSON.valueToTree(petstore.notes());
        assertThat(pointers.toString()).contains("/components/schemas/Error");
    }

    private static HttpResponse<String> send(String base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Path resource(String name) throws Exception {
        return Path.of(PublicDocumentsTest.class.getResource("/public/" + name).toURI());
    }
}
