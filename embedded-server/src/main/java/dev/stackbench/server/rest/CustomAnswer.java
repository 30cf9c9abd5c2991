package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A custom endpoint answers live with the example status and response stored in the model. */
final class CustomAnswer {
    private CustomAnswer() {
    }

    static ApiResponse of(Call call, ObjectMapper json) {
        String example = call.endpoint().exampleResponse();
        JsonNode data;
        try {
            data = example == null || example.isBlank() ? json.nullNode() : json.readTree(example);
        } catch (java.io.IOException e) {
            data = json.getNodeFactory().textNode(example);
        }
        int status = call.endpoint().exampleStatus();
        return status == 204 ? new ApiResponse(204, null, java.util.Map.of())
                : ApiResponse.of(status, Envelope.ok(data, call.requestId()));
    }
}
