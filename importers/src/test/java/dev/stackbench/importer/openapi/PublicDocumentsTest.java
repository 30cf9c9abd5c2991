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
import dev.stackbench.server.auth.LoginHeader;
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
    @ValueSource(strings = {"petstore-3.0.yaml", "webhook-example-3.1.yaml", "petstore-expanded-3.0.yaml",
            "swagger-petstore-3.0.yaml"})
    void importsLintsAndServes(String file) throws Exception {
        ImportResult result = OpenApiImporter.read(resource(file).toString());
        Project project = result.project();

        List<Finding> errors = Advisor.standard().run(project).stream().filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).as("advisor errors").isEmpty();
        Entity pet = project.entityNamed("Pet").orElseThrow();
        assertThat(pet.fieldNamed("name").orElseThrow().required()).isTrue();
        pet.fieldNamed("tag").ifPresent(tag -> assertThat(tag.required()).isFalse());
        java.util.Set<String> documented = new java.util.HashSet<>();
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(resource(file).toFile()).path("paths")
                .fieldNames().forEachRemaining(p -> documented.add(shape(p)));
        assertThat(project.endpoints()).isNotEmpty()
                .allSatisfy(ep -> assertThat(documented).as(ep.path()).contains(shape(ep.path())));

        LiveServer server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true));
        try {
            String base = server.url();
            // documents with security: signed in as the first seed user (operations of every role are open)
            LoginHeader login = server.seedUsers().isEmpty() ? null : server.loginAs(server.seedUsers().get(0));
            java.util.Set<String> created = new java.util.HashSet<>();
            for (Endpoint ep : project.endpoints()) {
                if (ep.kind() == EndpointKind.CREATE) {
                    Entity entity = project.entity(ep.entityId()).orElseThrow();
                    HttpResponse<String> answer = send(base, login, "POST", ep.path(),
                            ExampleValues.body(project, entity, 1).toString());
                    assertThat(answer.statusCode()).as(ep.path() + " " + answer.body()).isEqualTo(201);
                    created.add(entity.id());
                }
            }
            for (Endpoint ep : project.endpoints()) {
                String path = ep.path().replace("{id}", "1");
                switch (ep.kind()) {
                    case LIST -> {
                        HttpResponse<String> list = send(base, login, "GET", path, null);
                        assertThat(list.statusCode()).as(path + " " + list.body()).isEqualTo(200);
                        assertThat(JSON.readTree(list.body()).path("data").isArray()).isTrue();
                    }
                    case GET -> {
                        if (created.contains(ep.entityId())) {
                            HttpResponse<String> one = send(base, login, "GET", path, null);
                            assertThat(one.statusCode()).as(path + " " + one.body()).isEqualTo(200);
                            assertThat(JSON.readTree(one.body()).path("data").path("id").asLong()).isEqualTo(1);
                        }
                    }
                    default -> { }
                }
            }
            for (Endpoint ep : project.endpoints()) {
                if (ep.kind() == EndpointKind.DELETE && created.contains(ep.entityId())) {
                    String path = ep.path().replace("{id}", "1");
                    assertThat(send(base, login, "DELETE", path, null).statusCode()).as(path).isEqualTo(204);
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

    @Test
    void theLargerDocumentGivesRelationsAListWithAFilterAndTheUsers() throws Exception {
        Project p = OpenApiImporter.read(resource("swagger-petstore-3.0.yaml").toString()).project();
        Entity pet = p.entityNamed("Pet").orElseThrow();
        assertThat(pet.relationships()).extracting(r -> r.name() + " " + r.kind())
                .containsExactly("category MANY_TO_ONE", "tags MANY_TO_MANY");
        assertThat(pet.fieldNamed("status").orElseThrow().enumValues()).containsExactly("available", "pending", "sold");
        assertThat(p.endpoints()).anySatisfy(ep -> {
            assertThat(ep.path()).isEqualTo("/pet/findByStatus");
            assertThat(ep.kind()).isEqualTo(EndpointKind.LIST);
            assertThat(ep.filterable()).containsExactly("status");
        });
        assertThat(p.endpoints()).anySatisfy(ep -> {
            assertThat(ep.path()).isEqualTo("/user/{username}");
            assertThat(ep.kind()).isEqualTo(EndpointKind.CUSTOM);
        });
        assertThat(p.auth().strategy()).isEqualTo(dev.stackbench.model.AuthStrategy.OAUTH);
        assertThat(p.userEntity().map(Entity::name)).contains("User");
        assertThat(p.userEntity().orElseThrow().fieldNamed("password").orElseThrow().sensitive()).isTrue();
    }

    private static HttpResponse<String> send(String base, LoginHeader login, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json");
        if (login != null) {
            request.header(login.name(), login.value());
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A path with its variables unnamed: {@code /pets/{petId}} and {@code /pets/{id}} are the same URLs. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    static Path resource(String name) throws Exception {
        return Path.of(PublicDocumentsTest.class.getResource("/public/" + name).toURI());
    }
}
