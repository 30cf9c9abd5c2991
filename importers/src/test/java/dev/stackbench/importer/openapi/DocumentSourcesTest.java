package dev.stackbench.importer.openapi;

import com.sun.net.httpserver.HttpServer;
import dev.stackbench.importer.ImportException;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.model.Entity;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a document comes from: $refs into other files, a URL, JSON instead of YAML; and what 3.1 says differently. */
class DocumentSourcesTest {
    private static final String MAIN = """
            openapi: 3.1.0
            info: {title: Shop, version: 2.0.0}
            paths:
              /orders:
                get:
                  responses:
                    '200':
                      description: orders
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: 'schemas.yaml#/Order'}}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: 'schemas.yaml#/Order'}
                  responses:
                    '201': {description: created}
              /orders/{orderId}:
                get:
                  parameters:
                  - {name: orderId, in: path, required: true, schema: {type: string, format: uuid}}
                  responses:
                    '200':
                      description: one
                      content:
                        application/json:
                          schema: {$ref: 'schemas.yaml#/Order'}
            """;
    private static final String SCHEMAS = """
            Customer:
              type: object
              required: [email]
              properties:
                id: {type: string, format: uuid}
                email: {type: string, format: email, maxLength: 254}
            Order:
              type: object
              required: [number, customer, total]
              properties:
                id: {type: string, format: uuid}
                number: {type: string, pattern: '^[0-9]{6}$'}
                note: {type: [string, 'null'], maxLength: 500}
                total: {type: number, minimum: 0}
                placed: {type: string, format: date-time}
                customer: {$ref: '#/Customer'}
                lines: {type: array, items: {type: integer}}
            """;

    @TempDir
    Path dir;

    @Test
    void refsIntoAnotherFileAre_followed_and_3_1_nullable_types_are_optional() throws Exception {
        Files.writeString(dir.resolve("main.yaml"), MAIN);
        Files.writeString(dir.resolve("schemas.yaml"), SCHEMAS);

        ImportResult result = OpenApiImporter.read(dir.resolve("main.yaml").toString());
        check(result);
        assertThat(result.notes()).anySatisfy(n -> {
            assertThat(n.file()).isEqualTo(dir.resolve("schemas.yaml").toString());
            assertThat(n.pointer()).isEqualTo("/Order/properties/customer");
        });
    }

    @Test
    void a_url_is_fetched_with_its_relative_refs() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = exchange.getRequestURI().getPath().endsWith("schemas.yaml") ? SCHEMAS : MAIN;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            check(OpenApiImporter.read("http://127.0.0.1:" + server.getAddress().getPort() + "/api/main.yaml"));
        } finally {
            server.stop(0);
        }
    }

    private static void check(ImportResult result) {
        var p = result.project();
        assertThat(p.meta().name()).isEqualTo("Shop");
        assertThat(p.apiStyle().ids()).isEqualTo(dev.stackbench.model.ApiStyle.IdStyle.UUID);
        Entity order = p.entityNamed("Order").orElseThrow();
        assertThat(order.fieldNamed("note").orElseThrow().required()).isFalse();
        assertThat(order.fieldNamed("note").orElseThrow().maxLength()).isEqualTo(500);
        assertThat(order.fieldNamed("number").orElseThrow().required()).isTrue();
        assertThat(order.fieldNamed("number").orElseThrow().pattern()).isEqualTo("^[0-9]{6}$");
        assertThat(order.fieldNamed("total").orElseThrow().type()).isEqualTo(FieldType.DECIMAL);
        assertThat(order.fieldNamed("total").orElseThrow().min()).isEqualTo(0.0);
        assertThat(order.fieldNamed("placed").orElseThrow().type()).isEqualTo(FieldType.DATETIME);
        assertThat(order.fieldNamed("lines").orElseThrow().type()).isEqualTo(FieldType.JSON);
        assertThat(order.relationships()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("customer");
            assertThat(r.kind()).isEqualTo(RelationKind.MANY_TO_ONE);
            assertThat(r.required()).isTrue();
            assertThat(r.onDelete()).isEqualTo(OnDelete.UNSET);
        });
        assertThat(p.endpoints()).extracting(e -> e.method() + " " + e.path() + " " + e.kind())
                .containsExactly("GET /orders LIST", "POST /orders CREATE", "GET /orders/{id} GET");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.why()).contains("many-to-one"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n.why()).contains("array of values"));
    }

    @Test
    void json_documents_and_their_syntax_errors() throws Exception {
        Path json = dir.resolve("api.json");
        Files.writeString(json, "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"J\", \"version\": \"1\"}, \"paths\": {}, "
                + "\"components\": {\"schemas\": {\"Tag\": {\"type\": \"object\", \"properties\": {\"label\": "
                + "{\"type\": \"string\"}}}}}}");
        assertThat(OpenApiImporter.read(json.toString()).project().entityNamed("Tag")).isPresent();

        Files.writeString(json, "{\"openapi\": \"3.0.3\",\n \"paths\": {,}}");
        assertThatThrownBy(() -> OpenApiImporter.read(json.toString())).isInstanceOf(ImportException.class)
                .hasMessageContaining(json + " line 2, column").hasMessageContaining("not valid JSON");
    }
}
