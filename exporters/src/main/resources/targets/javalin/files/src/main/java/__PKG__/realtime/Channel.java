package {{package}}.realtime;

import java.util.List;

/**
 * A realtime channel of the model: SSE ({@code /api/streams/{name}}) or WebSocket ({@code /ws/{name}}), the
 * resources whose events it carries, its custom events, and who may listen and publish.
 */
public record Channel(String name, boolean websocket, List<String> resources, List<String> customEvents,
                      boolean clientsSend, boolean authRequired, List<String> publishRoles, int resumeBuffer,
                      int maxMessageBytes) {
    public Channel {
        resources = List.copyOf(resources);
        customEvents = List.copyOf(customEvents);
        publishRoles = List.copyOf(publishRoles);
    }
}
