package dev.stackbench.model;

import java.util.List;

/** A requirement: what users need, how it is accepted, and which entities and endpoints serve it. */
public record Feature(
        String id,
        String title,
        String description,
        Priority priority,
        List<String> acceptanceCriteria,
        List<String> entityIds,
        List<String> endpointIds) {

    public Feature {
        description = description == null ? "" : description;
        priority = priority == null ? Priority.SHOULD : priority;
        acceptanceCriteria = Lists.copy(acceptanceCriteria);
        entityIds = Lists.copy(entityIds);
        endpointIds = Lists.copy(endpointIds);
    }

    public Feature withTitle(String v) { return new Feature(id, v, description, priority, acceptanceCriteria, entityIds, endpointIds); }
    public Feature withDescription(String v) { return new Feature(id, title, v, priority, acceptanceCriteria, entityIds, endpointIds); }
    public Feature withPriority(Priority v) { return new Feature(id, title, description, v, acceptanceCriteria, entityIds, endpointIds); }
    public Feature withAcceptanceCriteria(List<String> v) { return new Feature(id, title, description, priority, v, entityIds, endpointIds); }
    public Feature withEntityIds(List<String> v) { return new Feature(id, title, description, priority, acceptanceCriteria, v, endpointIds); }
    public Feature withEndpointIds(List<String> v) { return new Feature(id, title, description, priority, acceptanceCriteria, entityIds, v); }

    public enum Priority { MUST, SHOULD, COULD, WONT }
}
