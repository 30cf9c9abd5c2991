package dev.stackbench.export.asyncapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.Yaml;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;

import java.util.List;
import java.util.Optional;

/**
 * {@code asyncapi.yaml} (AsyncAPI 3.0) for the model's realtime channels: the SSE streams with their entity and
 * custom events, the WebSocket channels with their frames, and the operations a client performs on each.
 */
public final class AsyncApiWriter {
    private AsyncApiWriter() {
    }

    public static Optional<GeneratedFile> write(Project project) {
        return project.channels().isEmpty() ? Optional.empty()
                : Optional.of(new GeneratedFile("asyncapi.yaml", Yaml.write(document(project))));
    }

    static ObjectNode document(Project project) {
        ExportedApp app = ExportedApp.of(project);
        ObjectNode doc = Yaml.object().put("asyncapi", "3.0.0");
        doc.putObject("info").put("title", app.title() + " realtime").put("version", app.version())
                .put("description", "Server-sent events and WebSocket channels of " + app.title());
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("http").put("host", "localhost:" + ExportedApp.PORT).put("protocol", "http");
        servers.putObject("ws").put("host", "localhost:" + ExportedApp.PORT).put("protocol", "ws");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = doc.putObject("components").putObject("messages");
        messages.set("entityEvent", message("Entity event", entityPayload(), "created, updated or deleted row"));
        messages.set("customEvent", message("Custom event", customPayload(), "an event published to the channel"));
        messages.set("frame", message("WebSocket frame", framePayload(), "join, leave, message, direct, event, error"));
        for (Channel c : project.channels()) {
            String id = Naming.camel(c.name());
            boolean ws = c.transport() == Transport.WEBSOCKET;
            ObjectNode channel = channels.putObject(id).put("address", (ws ? "/ws/" : "/api/streams/") + c.name());
            channel.put("description", c.description().isBlank() ? c.name() : c.description());
            channel.putArray("servers").addObject().put("$ref", "#/servers/" + (ws ? "ws" : "http"));
            ObjectNode refs = channel.putObject("messages");
            List<String> kinds = ws ? List.of("frame") : List.of("entityEvent", "customEvent");
            kinds.forEach(k -> refs.putObject(k).put("$ref", "#/components/messages/" + k));
            ObjectNode receive = operations.putObject("receive" + Naming.pascal(c.name())).put("action", "receive");
            receive.putObject("channel").put("$ref", "#/channels/" + id);
            ArrayNode received = receive.putArray("messages");
            kinds.forEach(k -> received.addObject().put("$ref", "#/channels/" + id + "/messages/" + k));
            if (ws && c.clientsSend()) {
                ObjectNode send = operations.putObject("send" + Naming.pascal(c.name())).put("action", "send");
                send.putObject("channel").put("$ref", "#/channels/" + id);
                send.putArray("messages").addObject().put("$ref", "#/channels/" + id + "/messages/frame");
            }
        }
        return doc;
    }

    private static ObjectNode message(String title, ObjectNode payload, String summary) {
        ObjectNode m = Yaml.object().put("title", title).put("summary", summary).put("contentType", "application/json");
        m.set("payload", payload);
        return m;
    }

    private static ObjectNode entityPayload() {
        ObjectNode p = Yaml.object().put("type", "object");
        ObjectNode props = p.putObject("properties");
        props.putObject("type").putArray("enum").add("created").add("updated").add("deleted");
        props.putObject("resource").put("type", "string");
        props.putObject("data").put("type", "object");
        p.putArray("required").add("type").add("resource").add("data");
        return p;
    }

    private static ObjectNode customPayload() {
        ObjectNode p = Yaml.object().put("type", "object");
        ObjectNode props = p.putObject("properties");
        props.putObject("type").put("type", "string");
        props.putObject("data");
        p.putArray("required").add("type");
        return p;
    }

    private static ObjectNode framePayload() {
        ObjectNode p = Yaml.object().put("type", "object");
        ObjectNode props = p.putObject("properties");
        props.putObject("type").putArray("enum").add("join").add("leave").add("message").add("direct").add("event")
                .add("error");
        props.putObject("room").put("type", "string").put("maxLength", 100);
        props.putObject("to").put("type", "string");
        ObjectNode from = props.putObject("from").put("type", "object");
        from.putObject("properties").putObject("id").put("type", "string");
        ((ObjectNode) from.get("properties")).putObject("name").put("type", "string");
        props.putObject("data");
        p.putArray("required").add("type");
        return p;
    }
}
