package dev.stackbench.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Transport;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GET operations answering {@code text/event-stream} to SSE channels, named by their last path segment (ours:
 * {@code /api/streams/NAME}); the entities they carry come from {@code x-stackbench-channel}, the custom events
 * from the enum of {@code /api/streams/NAME/events}. A stream elsewhere is served at {@code /api/streams/NAME}.
 */
final class Channels {
    private Channels() {
    }

    static List<Channel> map(Doc doc, Entities entities) {
        List<Channel> out = new ArrayList<>();
        if (doc.api.getPaths() == null) {
            return out;
        }
        for (Map.Entry<String, PathItem> p : doc.api.getPaths().entrySet()) {
            Operation get = p.getValue().getGet();
            if (get == null || !Endpoints.isEventStream(get)) {
                continue;
            }
            String path = p.getKey();
            String pointer = "/paths/" + Doc.segment(path) + "/get";
            JsonNode x = Doc.ext(get.getExtensions(), "channel");
            String name = x.path("name").asText(Naming.kebab(path.substring(path.lastIndexOf('/') + 1)));
            if (!path.equals("/api/streams/" + name)) {
                doc.report.note(pointer, "an event stream: channel " + name + ", served at /api/streams/" + name);
            }
            List<String> entityIds = new ArrayList<>();
            Doc.strings(x.path("entities")).forEach(n -> entities.named(n).map(Entity::id).ifPresent(entityIds::add));
            boolean auth = get.getSecurity() != null ? get.getSecurity().stream().noneMatch(Map::isEmpty)
                    : doc.api.getSecurity() != null && !doc.api.getSecurity().isEmpty();
            out.add(new Channel("ch_" + Naming.snake(name), name, Transport.SSE, x.path("description").asText(""),
                    entityIds, customEvents(doc, path), false, auth, Doc.strings(x.path("publishRoles")),
                    x.path("resumeBuffer").asInt(0), 0));
        }
        return out;
    }

    private static List<String> customEvents(Doc doc, String stream) {
        PathItem events = doc.api.getPaths().get(stream + "/events");
        if (events == null || events.getPost() == null || events.getPost().getRequestBody() == null
                || events.getPost().getRequestBody().getContent() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        events.getPost().getRequestBody().getContent().values().forEach(m -> {
            Schema<?> body = m.getSchema() == null ? null : doc.deref(m.getSchema());
            Schema<?> event = body == null || body.getProperties() == null ? null : body.getProperties().get("event");
            if (event != null && event.getEnum() != null) {
                event.getEnum().forEach(v -> out.add(String.valueOf(v)));
            }
        });
        return out;
    }
}
