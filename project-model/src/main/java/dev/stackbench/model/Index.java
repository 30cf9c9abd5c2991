package dev.stackbench.model;

import java.util.List;

/** An explicit index: an ordered list of field or (foreign-key) relationship ids, optionally unique. */
public record Index(String id, String name, List<String> elementIds, boolean unique) {
    public Index {
        elementIds = Lists.copy(elementIds);
    }
}
