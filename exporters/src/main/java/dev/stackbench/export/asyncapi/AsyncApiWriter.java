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

import java.util.ArrayList;
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
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        boolean auth = project.auth().enabled();
        if (auth) {
            securitySchemes(project, components.putObject("securitySchemes"));
        }
        for (Channel c : project.channels()) {
            String id = Naming.camel(c.name());
            boolean ws = c.transport() == Transport.WEBSOCKET;
            ObjectNode channel = channels.putObject(id).put("address", (ws ? "/ws/" : "/api/streams/") + c.name());
            channel.put("description", c.description().isBlank() ? c.name() : c.description());
            channel.putArray("servers").addObject().put("$ref", "#/servers/" + (ws ? "ws" : "http"));
            ObjectNode refs = channel.putObject("messages");
            List<String> kinds = new ArrayList<>();
            // Shared messages are written once, where a channel first uses them: no unused components.
            if (ws) {
                kinds.add("frame");
                if (!messages.has("frame")) {
                    messages.set("frame", message("WebSocket frame", framePayload(),
                            "join, leave, message, direct, event, error"));
                }
            } else {
                if (!c.entityIds().isEmpty() || c.customEvents().isEmpty()) {
                    kinds.add("entityEvent");
                    if (!messages.has("entityEvent")) {
                        messages.set("entityEvent", message("Entity event", entityPayload(),
                                "created, updated or deleted row"));
                    }
                }
                if (!c.customEvents().isEmpty()) {
                    // Each channel names its own custom events, so each gets its own message.
                    String custom = id + "Event";
                    messages.set(custom, message("Custom event of " + c.name(), customPayload(c),
                            "published with POST /api/streams/" + c.name() + "/events"));
                    kinds.add(custom);
                }
            }
            kinds.forEach(k -> refs.putObject(k).put("$ref", "#/components/messages/" + k));
            ObjectNode receive = operations.putObject("receive" + Naming.pascal(c.name())).put("action", "receive");
            receive.putObject("channel").put("$ref", "#/channels/" + id);
            ArrayNode received = receive.putArray("messages");
            kinds.forEach(k -> received.addObject().put("$ref", "#/channels/" + id + "/messages/" + k));
            security(project, c, receive);
            if (ws && c.clientsSend()) {
                ObjectNode send = operations.putObject("send" + Naming.pascal(c.name())).put("action", "send");
                send.putObject("channel").put("$ref", "#/channels/" + id);
                send.putArray("messages").addObject().put("$ref", "#/channels/" + id + "/messages/frame");
                security(project, c, send);
            }
        }
        return doc;
    }

    /**
     * How a realtime client authenticates, as the contract says: the API's own credentials (bearer token or
     * session cookie), or a single-use ticket in the query for browsers that cannot send headers.
     */
    private static void securitySchemes(Project project, ObjectNode schemes) {
        if (ExportedApp.usesJwt(project)) {
            schemes.putObject("bearerAuth").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        } else {
            schemes.putObject("cookieAuth").put("type", "httpApiKey").put("in", "cookie")
                    .put("name", project.auth().session().cookieName());
        }
        schemes.putObject("ticket").put("type", "httpApiKey").put("in", "query").put("name", "ticket")
                .put("description", "Single-use, short-lived; from POST /api/streams/{channel}/ticket");
    }

    private static void security(Project project, Channel c, ObjectNode operation) {
        if (!c.authRequired() || !project.auth().enabled()) {
            return;
        }
        String scheme = ExportedApp.usesJwt(project) ? "bearerAuth" : "cookieAuth";
        ArrayNode security = operation.putArray("security");
        security.addObject().put("$ref", "#/components/securitySchemes/" + scheme);
        security.addObject().put("$ref", "#/components/securitySchemes/ticket");
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

    private static ObjectNode customPayload(Channel channel) {
        ObjectNode p = Yaml.object().put("type", "object");
        ObjectNode props = p.putObject("properties");
        ArrayNode names = props.putObject("type").putArray("enum");
        channel.customEvents().forEach(names::add);
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
