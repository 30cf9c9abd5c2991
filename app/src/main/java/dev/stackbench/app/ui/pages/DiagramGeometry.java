package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the diagram draws things, computed from the model alone (no JavaFX), so the screen and the SVG export
 * share one geometry: box positions (saved, or the auto-layout's for entities never placed), box sizes, and each relationship as
 * a line between box borders with a crow's foot at every "many" end.
 */
record DiagramGeometry(Map<String, double[]> boxes, List<Edge> edges, Project project) {
    private static final double ROW = 18;
    private static final double HEADER = 26;
    private static final double GAP_X = 70;
    private static final double GAP_Y = 60;

    /**
     * A relationship between two boxes: its line and crow's-foot strokes, each {@code {x1, y1, x2, y2}}. The number
     * of strokes depends only on the kind, so a moved box's lines are updated in place.
     */
    record Edge(Relationship relationship, String fromId, String toId, List<double[]> strokes) {
    }

    static DiagramGeometry of(Project project) {
        Map<String, double[]> boxes = new LinkedHashMap<>();
        Map<String, Layout.Point> saved = project.layout().positions();
        // Entities never placed (a template, a model written by hand) take the auto-layout's places.
        Map<String, Layout.Point> placed = project.entities().stream().allMatch(e -> saved.containsKey(e.id()))
                ? saved : autoLayout(project).positions();
        for (Entity e : project.entities()) {
            Layout.Point p = saved.getOrDefault(e.id(), placed.get(e.id()));
            boxes.put(e.id(), new double[] {p.x(), p.y(), DiagramPage.WIDTH, height(e)});
        }
        List<Edge> edges = new ArrayList<>();
        for (Entity e : project.entities()) {
            for (Relationship r : e.relationships()) {
                double[] from = boxes.get(e.id());
                double[] to = boxes.get(r.targetEntityId());
                if (from != null && to != null && from != to) {
                    edges.add(edge(r, e.id(), r.targetEntityId(), from, to));
                }
            }
        }
        return new DiagramGeometry(boxes, edges, project);
    }

    /**
     * The auto-layout: parents above their children (a row per depth of the many-to-one chain, so users sit above
     * posts and posts above comments), each row ordered by where its parents are to keep lines short and
     * uncrossed, wide rows wrapped.
     */
    static Layout autoLayout(Project project) {
        List<LayeredRows.Placed> placed = LayeredRows.of(project, Math.max(4, (int) Math.ceil(Math.sqrt(
                project.entities().size()))));
        int rows = placed.stream().mapToInt(LayeredRows.Placed::row).max().orElse(-1) + 1;
        double[] top = new double[rows + 1];
        top[0] = 20;
        for (int r = 0; r < rows; r++) {
            int row = r;
            top[r + 1] = top[r] + GAP_Y + placed.stream().filter(p -> p.row() == row)
                    .mapToDouble(p -> height(p.entity())).max().orElse(0);
        }
        Layout layout = new Layout(Map.of(), project.layout().zoom());
        for (LayeredRows.Placed p : placed) {
            layout = layout.withPosition(p.entity().id(), new Layout.Point(
                    Math.round(20 + p.column() * (DiagramPage.WIDTH + GAP_X)), Math.round(top[p.row()])));
        }
        return layout;
    }

    private static double height(Entity e) {
        return HEADER + ROW * e.fields().size() + 8;
    }

    Layout.Point position(String entityId) {
        double[] b = boxes.get(entityId);
        return new Layout.Point(b[0], b[1]);
    }

    double width() {
        return boxes.values().stream().mapToDouble(b -> b[0] + b[2]).max().orElse(400);
    }

    double height() {
        return boxes.values().stream().mapToDouble(b -> b[1] + b[3]).max().orElse(300);
    }

    /** The edge of {@code r} between boxes {@code from} and {@code to} ({@code {x, y, width, height}}). */
    static Edge edge(Relationship r, String fromId, String toId, double[] from, double[] to) {
        double[] a = border(from, center(to));
        double[] b = border(to, center(from));
        List<double[]> strokes = new ArrayList<>();
        strokes.add(new double[] {a[0], a[1], b[0], b[1]});
        boolean manyAtSource = r.kind() == RelationKind.MANY_TO_ONE || r.kind() == RelationKind.MANY_TO_MANY;
        boolean manyAtTarget = r.kind() == RelationKind.ONE_TO_MANY || r.kind() == RelationKind.MANY_TO_MANY;
        if (manyAtSource) {
            strokes.addAll(crowsFoot(a, b));
        }
        if (manyAtTarget) {
            strokes.addAll(crowsFoot(b, a));
        }
        return new Edge(r, fromId, toId, strokes);
    }

    /** Three strokes fanning out to the box border at {@code end}, pointing away from {@code other}. */
    private static List<double[]> crowsFoot(double[] end, double[] other) {
        double dx = other[0] - end[0];
        double dy = other[1] - end[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double[] joint = {end[0] + ux * 14, end[1] + uy * 14};
        double px = -uy * 8;
        double py = ux * 8;
        return List.of(new double[] {joint[0], joint[1], end[0] + px, end[1] + py},
                new double[] {joint[0], joint[1], end[0], end[1]},
                new double[] {joint[0], joint[1], end[0] - px, end[1] - py});
    }

    private static double[] center(double[] box) {
        return new double[] {box[0] + box[2] / 2, box[1] + box[3] / 2};
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    private static double[] border(double[] box, double[] toward) {
        double[] c = center(box);
        double dx = toward[0] - c[0];
        double dy = toward[1] - c[1];
        if (dx == 0 && dy == 0) {
            return c;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box[2] / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box[3] / 2 / Math.abs(dy));
        return new double[] {c[0] + dx * scale, c[1] + dy * scale};
    }

    /** The same picture as a standalone SVG document. */
    String svg() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">\n", width() + 20, height() + 20));
        for (Edge e : edges) {
            for (double[] l : e.strokes()) {
                s.append(String.format(java.util.Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"#555\"/>\n", l[0], l[1], l[2], l[3]));
            }
        }
        for (Entity e : project.entities()) {
            double[] b = boxes.get(e.id());
            s.append(String.format(java.util.Locale.ROOT, "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "rx=\"4\" fill=\"#fff\" stroke=\"#333\"/>\n", b[0], b[1], b[2], b[3]));
            s.append(String.format(java.util.Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>\n",
                    b[0] + 6, b[1] + 18, escape(e.name())));
            for (int i = 0; i < e.fields().size(); i++) {
                var f = e.fields().get(i);
                s.append(String.format(java.util.Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\">%s : %s</text>\n",
                        b[0] + 6, b[1] + HEADER + 14 + i * ROW, escape(f.name()),
                        f.type().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return s.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
