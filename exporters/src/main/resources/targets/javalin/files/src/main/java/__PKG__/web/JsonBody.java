package {{package}}.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Locale;

/**
 * Reads a JSON object body: 415 for a non-JSON content type, 400 for anything Jackson cannot read (with explicit
 * nesting, number and string limits, since Jackson's defaults are generous), 400 when it is not an object.
 */
public final class JsonBody {
    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                    .maxStringLength(2_000_000).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonBody() {
    }

    public static ObjectNode object(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !isJson(type)) {
            throw new ApiException(415, "Content-Type must be application/json");
        }
        byte[] body = ctx.bodyAsBytes();
        JsonNode node;
        try {
            node = body.length == 0 ? null : STRICT.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new ApiException(400, "Malformed JSON body");
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(400, "Malformed JSON body");
        }
        if (!node.isObject()) {
            throw new ApiException(400, "Request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }
}
