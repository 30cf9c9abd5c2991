package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /health}, {@code /ready} and {@code /metrics}: standard formats, not enveloped. */
final class OpsPaths {
    private OpsPaths() {
    }

    static void add(ObjectNode paths) {
        status(paths, "/health", "health", "The process is up", "UP", null);
        status(paths, "/ready", "ready", "The database answers", "READY", "NOT_READY");
        ObjectNode metrics = paths.putObject("/metrics").putObject("get").put("operationId", "metrics")
                .put("summary", "Prometheus metrics");
        metrics.putArray("tags").add("operations");
        metrics.putObject("responses").putObject("200").put("description", "Prometheus text format")
                .putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
    }

    private static void status(ObjectNode paths, String path, String id, String summary, String up, String down) {
        ObjectNode op = paths.putObject(path).putObject("get").put("operationId", id).put("summary", summary);
        op.putArray("tags").add("operations");
        ObjectNode responses = op.putObject("responses");
        responses.putObject("200").put("description", summary).putObject("content").putObject("application/json")
                .set("schema", statusSchema(up));
        if (down != null) {
            responses.putObject("503").put("description", "Not ready").putObject("content")
                    .putObject("application/json").set("schema", statusSchema(down));
        }
    }

    private static ObjectNode statusSchema(String value) {
        ObjectNode schema = Yaml.object().put("type", "object");
        schema.putObject("properties").putObject("status").put("const", value);
        schema.putArray("required").add("status");
        return schema;
    }
}
