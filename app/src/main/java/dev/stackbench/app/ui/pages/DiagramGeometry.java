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
 * share one geometry: box positions (saved, or a grid for new entities), box sizes, and each relationship as
 * a line between box borders with a crow's foot at every "many" end.
 */
record DiagramGeometry(Map<String, double[]> boxes, List<Edge> edges, Project project) {
    private static final double ROW = 18;
    private static final double HEADER = 26;
    private static final double GAP_X = 70;
    private static final double GAP_Y = 60;

    /** A relationship: its line and crow's-foot strokes, each {@code {x1, y1, x2, y2}}. */
    record Edge(String label, List<double[]> strokes) {
    }

    static DiagramGeometry of(Project project) {
        Map<String, double[]> boxes = new LinkedHashMap<>();
        Layout layout = project.layout();
        int i = 0;
        for (Entity e : project.entities()) {
            Layout.Point p = layout.positions().getOrDefault(e.id(), grid(i));
            boxes.put(e.id(), new double[] {p.x(), p.y(), DiagramPage.WIDTH, HEADER + ROW * e.fields().size() + 8});
            i++;
        }
        List<Edge> edges = new ArrayList<>();
        for (Entity e : project.entities()) {
            for (Relationship r : e.relationships()) {
                double[] from = boxes.get(e.id());
                double[] to = boxes.get(r.targetEntityId());
                if (from != null && to != null && from != to) {
                    edges.add(edge(r, from, to));
                }
            }
        }
        return new DiagramGeometry(boxes, edges, project);
    }

    /** Every entity on a grid, four per row: the auto-layout. */
    static Layout autoLayout(Project project) {
        Layout layout = new Layout(Map.of(), project.layout().zoom());
        int i = 0;
        for (Entity e : project.entities()) {
            layout = layout.withPosition(e.id(), grid(i++));
        }
        return layout;
    }

    private static Layout.Point grid(int index) {
        return new Layout.Point(20 + (index % 4) * (DiagramPage.WIDTH + GAP_X), 20 + (index / 4) * 260.0 + GAP_Y / 2);
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

    private static Edge edge(Relationship r, double[] from, double[] to) {
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
        return new Edge(r.name(), strokes);
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
