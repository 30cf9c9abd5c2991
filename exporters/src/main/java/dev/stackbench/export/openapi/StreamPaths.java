package dev.stackbench.export.openapi;

import dev.stackbench.export.Yaml;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Project;

/** The HTTP side of an SSE channel: the stream, its single-use tickets and custom-event publishing. */
final class StreamPaths {
    private StreamPaths() {
    }

    static void add(Project project, Channel channel, ObjectNode paths) {
        String base = "/api/streams/" + channel.name();
        boolean auth = channel.authRequired() && project.auth().enabled();
        ObjectNode stream = paths.putObject(base).putObject("get").put("operationId", "stream" + pascal(channel))
                .put("summary", "Server-sent events of " + channel.name() + " (resume with Last-Event-ID)");
        stream.putArray("tags").add("streams");
        ArrayNode params = stream.putArray("parameters");
        params.addObject().put("name", "Last-Event-ID").put("in", "header").putObject("schema").put("type", "string");
        params.addObject().put("name", "ticket").put("in", "query").put("description", "A single-use ticket from "
                + base + "/ticket, for EventSource clients that cannot send headers").putObject("schema")
                .put("type", "string");
        security(project, auth, stream);
        Extensions.channel(stream, project, channel);
        ObjectNode sr = stream.putObject("responses");
        sr.putObject("200").put("description", "An endless text/event-stream").putObject("content")
                .putObject("text/event-stream").putObject("schema").put("type", "string");
        if (auth) {
            sr.putObject("401").put("$ref", "#/components/responses/Unauthorized");
        }
        if (project.auth().enabled()) {
            ObjectNode ticket = paths.putObject(base + "/ticket").putObject("post").put("operationId", "ticket"
                    + pascal(channel)).put("summary", "A 30-second single-use ticket to open the stream");
            ticket.putArray("tags").add("streams");
            security(project, true, ticket);
            ObjectNode tr = ticket.putObject("responses");
            ObjectNode data = Yaml.object().put("type", "object");
            data.putObject("properties").putObject("ticket").put("type", "string");
            ((ObjectNode) data.get("properties")).putObject("expiresIn").put("type", "integer");
            ObjectNode envelope = Envelopes.of("#/components/schemas/Meta", false);
            ((ObjectNode) envelope.get("properties")).set("data", data);
            tr.putObject("200").put("description", "The ticket").putObject("content").putObject("application/json")
                    .set("schema", envelope);
            tr.putObject("401").put("$ref", "#/components/responses/Unauthorized");
        }
        if (!channel.customEvents().isEmpty()) {
            ObjectNode publish = paths.putObject(base + "/events").putObject("post").put("operationId", "publish"
                    + pascal(channel)).put("summary", "Publish a custom event to " + channel.name());
            publish.putArray("tags").add("streams");
            security(project, auth || !channel.publishRoles().isEmpty(), publish);
            ObjectNode body = Yaml.object().put("type", "object");
            ObjectNode p = body.putObject("properties");
            ArrayNode names = p.putObject("event").putArray("enum");
            channel.customEvents().forEach(names::add);
            p.putObject("data");
            body.putArray("required").add("event");
            publish.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .set("schema", body);
            ObjectNode pr = publish.putObject("responses");
            pr.putObject("202").put("description", "Published; data.id is the event id").putObject("content")
                    .putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Envelope");
            for (String[] f : new String[][] {{"400", "BadRequest"}, {"401", "Unauthorized"}, {"403", "Forbidden"},
                    {"422", "Unprocessable"}}) {
                pr.putObject(f[0]).put("$ref", "#/components/responses/" + f[1]);
            }
        }
    }

    private static void security(Project project, boolean required, ObjectNode op) {
        if (required && project.auth().enabled()) {
            op.putArray("security").addObject().putArray(OpenApiWriter.scheme(project));
        }
    }

    private static String pascal(Channel channel) {
        return dev.stackbench.model.Naming.pascal(channel.name());
    }
}
