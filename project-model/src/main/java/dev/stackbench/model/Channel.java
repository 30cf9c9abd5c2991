package dev.stackbench.model;

import java.util.List;

/**
 * A real-time channel. It carries the {@code created/updated/deleted} events of {@code entityIds} and the
 * {@code customEvents} named here. {@code clientsSend} says clients also talk (a WebSocket matter);
 * {@code publishRoles} may publish custom events (empty: any authenticated user when auth is on).
 * {@code resumeBuffer} is how many recent events a reconnecting SSE client can resume from (0 = not resumable).
 */
public record Channel(
        String id,
        String name,
        Transport transport,
        String description,
        List<String> entityIds,
        List<String> customEvents,
        boolean clientsSend,
        boolean authRequired,
        List<String> publishRoles,
        int resumeBuffer,
        int maxMessageBytes) {

    public Channel {
        transport = transport == null ? Transport.SSE : transport;
        description = description == null ? "" : description;
        entityIds = Lists.copy(entityIds);
        customEvents = Lists.copy(customEvents);
        publishRoles = Lists.copy(publishRoles);
        resumeBuffer = Math.max(0, resumeBuffer);
        maxMessageBytes = maxMessageBytes <= 0 ? 16_384 : maxMessageBytes;
    }

    public Channel withName(String v) { return new Channel(id, v, transport, description, entityIds, customEvents, clientsSend, authRequired, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withTransport(Transport v) { return new Channel(id, name, v, description, entityIds, customEvents, clientsSend, authRequired, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withEntityIds(List<String> v) { return new Channel(id, name, transport, description, v, customEvents, clientsSend, authRequired, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withCustomEvents(List<String> v) { return new Channel(id, name, transport, description, entityIds, v, clientsSend, authRequired, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withClientsSend(boolean v) { return new Channel(id, name, transport, description, entityIds, customEvents, v, authRequired, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withAuthRequired(boolean v) { return new Channel(id, name, transport, description, entityIds, customEvents, clientsSend, v, publishRoles, resumeBuffer, maxMessageBytes); }
    public Channel withPublishRoles(List<String> v) { return new Channel(id, name, transport, description, entityIds, customEvents, clientsSend, authRequired, v, resumeBuffer, maxMessageBytes); }
    public Channel withResumeBuffer(int v) { return new Channel(id, name, transport, description, entityIds, customEvents, clientsSend, authRequired, publishRoles, v, maxMessageBytes); }
}
