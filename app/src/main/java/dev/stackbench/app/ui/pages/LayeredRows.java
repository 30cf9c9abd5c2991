package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the diagram's auto-layout. An entity's depth is the length of its longest chain of parents (the
 * targets of its many-to-one and one-to-one relationships, the sources of one-to-many ones pointing at it);
 * cycles are cut where they close. Rows are ordered by the mean position of each entity's neighbours in the row
 * above (the barycentre heuristic), which keeps most lines from crossing.
 */
final class LayeredRows {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();

    private LayeredRows(Project project) {
        project.entities().forEach(e -> {
            entities.put(e.id(), e);
            parents.put(e.id(), new HashSet<>());
            neighbours.put(e.id(), new HashSet<>());
        });
        for (Entity e : project.entities()) {
            for (Relationship r : e.relationships()) {
                String other = r.targetEntityId();
                if (!entities.containsKey(other) || other.equals(e.id())) {
                    continue;
                }
                neighbours.get(e.id()).add(other);
                neighbours.get(other).add(e.id());
                if (r.kind() == RelationKind.MANY_TO_ONE || r.kind() == RelationKind.ONE_TO_ONE) {
                    parents.get(e.id()).add(other);
                } else if (r.kind() == RelationKind.ONE_TO_MANY) {
                    parents.get(other).add(e.id());
                }
            }
        }
    }

    /** Where an entity goes: its row (top first) and its column, fractional so a child can sit between parents. */
    record Placed(Entity entity, int row, double column) {
    }

    /** Every entity placed; a row holds at most {@code width} entities (longer layers wrap onto more rows). */
    static List<Placed> of(Project project, int width) {
        return new LayeredRows(project).place(width);
    }

    private List<Placed> place(int width) {
        Map<Integer, List<String>> byDepth = new java.util.TreeMap<>();
        for (String id : entities.keySet()) {
            byDepth.computeIfAbsent(depthOf(id, new HashSet<>()), d -> new ArrayList<>()).add(id);
        }
        Map<String, Double> column = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        int rowIndex = 0;
        for (List<String> layer : byDepth.values()) {
            Map<String, Double> wanted = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                wanted.put(layer.get(i), barycentre(layer.get(i), column, i % width));
            }
            List<String> ordered = new ArrayList<>(layer);
            ordered.sort(Comparator.comparingDouble(wanted::get));
            for (int start = 0; start < ordered.size(); start += width, rowIndex++) {
                double next = Double.NEGATIVE_INFINITY;
                for (String id : ordered.subList(start, Math.min(ordered.size(), start + width))) {
                    // As near its neighbours as it can be without overlapping the box on its left.
                    double at = Math.max(wanted.get(id), next);
                    column.put(id, at);
                    placed.add(new Placed(entities.get(id), rowIndex, at));
                    next = at + 1;
                }
            }
        }
        double left = placed.stream().mapToDouble(Placed::column).min().orElse(0);
        return placed.stream().map(p -> new Placed(p.entity(), p.row(), p.column() - left)).toList();
    }

    private int depthOf(String id, Set<String> path) {
        Integer known = depth.get(id);
        if (known != null) {
            return known;
        }
        path.add(id);
        int d = 0;
        for (String parent : parents.get(id)) {
            if (!path.contains(parent)) {
                d = Math.max(d, depthOf(parent, path) + 1);
            }
        }
        path.remove(id);
        depth.put(id, d);
        return d;
    }

    /** The mean column of the neighbours already placed; entities with none keep their model order. */
    private double barycentre(String id, Map<String, Double> column, int fallback) {
        return neighbours.get(id).stream().filter(column::containsKey).mapToDouble(column::get).average()
                .orElse(fallback);
    }
}
