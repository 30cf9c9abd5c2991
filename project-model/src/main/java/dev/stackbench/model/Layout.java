package dev.stackbench.model;

import java.util.Map;
import java.util.TreeMap;

/** Diagram positions by entity id, plus the diagram's zoom. Sorted keys keep the file diff-friendly. */
public record Layout(Map<String, Point> positions, double zoom) {
    public Layout {
        positions = positions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
        zoom = zoom <= 0 ? 1.0 : zoom;
    }

    public static Layout empty() {
        return new Layout(Map.of(), 1.0);
    }

    public Layout withPosition(String entityId, Point point) {
        Map<String, Point> copy = new TreeMap<>(positions);
        copy.put(entityId, point);
        return new Layout(copy, zoom);
    }

    public record Point(double x, double y) {
    }
}
