package dev.stackbench.export.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.export.ExportFiles;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.Goldens;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointKind;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.stackbench.export.ExportFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document of every template: valid for swagger-parser, complete, as the contract says, golden. */
class OpenApiWriterTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void swagger_parser_reports_no_messages(String template) {
        var project = Templates.load(template);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiWriter.yaml(project), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(project.endpoints().stream().map(ep -> ep.path())
                .filter(path -> !result.getOpenAPI().getPaths().containsKey(path)).toList()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void every_endpoint_has_its_method_and_the_statuses_of_its_kind(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode paths = yaml(OpenApiWriter.yaml(project)).get("paths");
        for (Endpoint ep : project.endpoints()) {
            JsonNode op = paths.get(ep.path()).get(ep.method().name().toLowerCase(Locale.ROOT));
            assertThat(op).as(ep.method() + " " + ep.path()).isNotNull();
            List<String> statuses = new ArrayList<>();
            op.get("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).contains("429", "500");
            switch (ep.kind()) {
                case LIST -> assertThat(statuses).contains("200", "400");
                case CREATE -> assertThat(statuses).contains("201", "400", "409", "413", "415", "422");
                case UPDATE, PATCH -> assertThat(statuses).contains("200", "404", "413", "415", "422");
                case DELETE -> assertThat(statuses).contains("204", "404");
                default -> { }
            }
            if (ep.authRequired() && project.auth().enabled()) {
                assertThat(statuses).contains("401");
                assertThat(op.at("/security/0").fieldNames().next()).isEqualTo(OpenApiWriter.scheme(project));
            }
        }
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void lists_take_page_limit_from_the_api_style_and_patch_bodies_require_nothing(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode doc = yaml(OpenApiWriter.yaml(project));
        for (Endpoint ep : project.endpoints()) {
            JsonNode op = doc.at("/paths").get(ep.path()).get(ep.method().name().toLowerCase(Locale.ROOT));
            if (ep.kind() == EndpointKind.LIST) {
                JsonNode limit = null;
                for (JsonNode p : op.get("parameters")) {
                    limit = p.get("name").asText().equals("limit") ? p : limit;
                }
                assertThat(limit).as(ep.path()).isNotNull();
                assertThat(limit.at("/schema/default").asInt()).isEqualTo(project.apiStyle().defaultPageSize());
                assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(project.apiStyle().maxPageSize());
            }
            if (ep.kind() == EndpointKind.PATCH) {
                String ref = op.at("/requestBody/content/application~1json/schema/$ref").asText();
                JsonNode schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
                assertThat(schema.has("required")).as(ref).isFalse();
            }
        }
        doc.at("/components/schemas").fields().forEachRemaining(s -> {
            JsonNode id = s.getValue().at("/properties/id");
            if (!s.getKey().endsWith("Write") && !s.getKey().endsWith("Patch") && !id.isMissingNode()
                    && id.has("type")) {
                assertThat(id.at("/readOnly").asBoolean()).as(s.getKey() + ".id").isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_security_scheme_follows_the_auth_strategy(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode schemes = yaml(OpenApiWriter.yaml(project)).at("/components/securitySchemes");
        if (!project.auth().enabled()) {
            assertThat(schemes.size()).isZero();
        } else if (ExportedApp.usesJwt(project)) {
            assertThat(schemes.at("/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
        } else {
            assertThat(schemes.at("/cookieAuth/in").asText()).isEqualTo("cookie");
            assertThat(schemes.at("/cookieAuth/name").asText()).isEqualTo(project.auth().session().cookieName());
        }
        assertThat(schemes.has("oauth2")).isEqualTo(project.auth().strategy() == AuthStrategy.OAUTH);
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_document_is_deterministic_and_matches_its_golden_copy(String template) throws Exception {
        assertThat(OpenApiWriter.yaml(Templates.load(template))).isEqualTo(OpenApiWriter.yaml(Templates.load(template)));
        Goldens.check(template, OpenApiWriter.write(Templates.load(template)));
    }
}
