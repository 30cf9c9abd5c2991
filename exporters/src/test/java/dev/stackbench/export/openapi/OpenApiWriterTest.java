package dev.stackbench.export.openapi;

import dev.stackbench.model.template.Templates;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document of every template is valid for swagger-parser and documents every endpoint. */
class OpenApiWriterTest {
    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
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
    @MethodSource("templates")
    void the_document_is_deterministic(String template) {
        assertThat(OpenApiWriter.yaml(Templates.load(template))).isEqualTo(OpenApiWriter.yaml(Templates.load(template)));
    }
}
