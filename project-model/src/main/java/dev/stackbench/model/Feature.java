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

    public enum Priority { MUST, SHOULD, COULD, WONT }
}
