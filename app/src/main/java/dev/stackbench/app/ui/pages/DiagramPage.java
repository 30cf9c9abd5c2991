package dev.stackbench.app.ui.pages;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.edit.RelationshipEdits;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.FileChooser;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entity diagram: a box per entity with its fields, lines with crow's-foot ends for relationships. Drag a box
 * to move it (positions are saved in the model), Shift-drag from one box to another to draw a relationship,
 * Ctrl+wheel to zoom, scroll to pan, double-click to open the entity; auto-layout; PNG and SVG export.
 */
public final class DiagramPage implements Page {
    static final double WIDTH = 190;
    private final Editor editor;
    private final Consumer<String> openEntity;
    private final Pane canvas = new Pane();
    private final Group zoomed = new Group(canvas);
    private final Map<String, VBox> boxes = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private Project project;
    private final Map<String, List<EdgeLines>> edgeLines = new java.util.HashMap<>();
    private DiagramGeometry geometry;
    private double zoom = 1;

    public DiagramPage(Editor editor, Consumer<String> openEntity) {
        this.editor = editor;
        this.openEntity = openEntity;
        canvas.setId("diagram");
        canvas.getStyleClass().add("diagram-canvas");
        ScrollPane scroll = new ScrollPane(zoomed);
        scroll.setPannable(true);
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) {
                zoom = Math.max(0.3, Math.min(2.5, zoom * (e.getDeltaY() > 0 ? 1.1 : 0.9)));
                canvas.setScaleX(zoom);
                canvas.setScaleY(zoom);
                e.consume();
            }
        });
        Button layout = new Button("Auto-layout");
        layout.setId("auto-layout");
        layout.setOnAction(e -> editor.edit(p -> p.withLayout(autoLayout(p))));
        Button add = new Button("Add entity…");
        add.setId("add-entity");
        add.setOnAction(e -> askName().ifPresent(this::addEntity));
        Button png = new Button("Export PNG…");
        png.setOnAction(e -> save("png", file -> ImageIO.write(SwingFXUtils.fromFXImage(canvas.snapshot(null, null),
                null), "png", file)));
        Button svg = new Button("Export SVG…");
        svg.setOnAction(e -> save("svg", file -> Files.writeString(file.toPath(), geometry.svg(),
                StandardCharsets.UTF_8)));
        HBox bar = new HBox(8, add, layout, png, svg, new Label("Drag boxes to move · Shift-drag to relate · "
                + "Ctrl+wheel to zoom · double-click to open"));
        bar.setPadding(new Insets(6));
        root.setTop(bar);
        root.setCenter(scroll);
    }

    /** Every entity on a grid: the diagram's auto-layout, for callers outside the page. */
    public static dev.stackbench.model.Layout autoLayout(Project project) {
        return DiagramGeometry.autoLayout(project);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(Project current) {
        this.project = current;
        this.geometry = DiagramGeometry.of(current);
        canvas.getChildren().clear();
        boxes.clear();
        edgeLines.clear();
        for (DiagramGeometry.Edge edge : geometry.edges()) {
            List<Line> lines = new java.util.ArrayList<>();
            for (double[] l : edge.strokes()) {
                Line line = new Line(l[0], l[1], l[2], l[3]);
                line.getStyleClass().add("relation");
                canvas.getChildren().add(line);
                lines.add(line);
            }
            EdgeLines drawn = new EdgeLines(edge, lines);
            edgeLines.computeIfAbsent(edge.fromId(), k -> new java.util.ArrayList<>()).add(drawn);
            edgeLines.computeIfAbsent(edge.toId(), k -> new java.util.ArrayList<>()).add(drawn);
        }
        for (Entity e : current.entities()) {
            canvas.getChildren().add(box(e, geometry.position(e.id())));
        }
        canvas.setPrefSize(geometry.width() + 40, geometry.height() + 40);
        // Boxes are unmanaged and sized once: moving one then repaints it, without laying out all the others.
        canvas.applyCss();
        boxes.values().forEach(b -> {
            b.applyCss();
            b.autosize();
        });
        // Lines end at the borders the boxes really have once their text is laid out.
        boxes.forEach((id, b) -> geometry.boxes().get(id)[3] = b.getHeight());
        boxes.forEach((id, b) -> follow(id, b.getLayoutX(), b.getLayoutY()));
    }

    @Override
    public void select(String elementId, String partId) {
        boxes.values().forEach(b -> b.setStyle(style(false)));
        if (boxes.containsKey(elementId)) {
            boxes.get(elementId).setStyle(style(true));
        }
    }

    private VBox box(Entity e, Layout.Point at) {
        // Plain text nodes, one for all fields: no control skins, so a 300-entity diagram stays at a few hundred
        // light nodes and opens fast. The fill follows the theme's text colour.
        Text name = new Text(e.name());
        name.setStyle("-fx-font-weight: bold; -fx-fill: -color-fg-default;");
        Text fields = new Text(e.fields().stream().map(f -> f.name() + " : " + f.type().name()
                .toLowerCase(java.util.Locale.ROOT) + (f.required() ? "" : "?")).collect(java.util.stream.Collectors
                .joining("\n")));
        fields.setStyle("-fx-fill: -color-fg-default;");
        fields.setLineSpacing(1.5);
        VBox box = new VBox(2, name, fields);
        box.setId("entity-" + e.id());
        box.setPadding(new Insets(6));
        box.setPrefWidth(WIDTH);
        box.setStyle(style(false));
        box.setManaged(false);
        box.setCache(true);
        box.relocate(at.x(), at.y());
        Point2D[] grab = new Point2D[1];
        Line[] rubber = new Line[1];
        box.setOnMousePressed(m -> {
            grab[0] = new Point2D(m.getX(), m.getY());
            if (m.isShiftDown()) {
                rubber[0] = new Line(box.getLayoutX() + WIDTH / 2, box.getLayoutY() + 12, box.getLayoutX() + m.getX(),
                        box.getLayoutY() + m.getY());
                rubber[0].getStrokeDashArray().setAll(6.0, 4.0);
                canvas.getChildren().add(rubber[0]);
            }
            m.consume();
        });
        box.setOnMouseDragged(m -> {
            if (rubber[0] != null) {
                rubber[0].setEndX(box.getLayoutX() + m.getX());
                rubber[0].setEndY(box.getLayoutY() + m.getY());
            } else {
                box.relocate(Math.max(0, box.getLayoutX() + m.getX() - grab[0].getX()),
                        Math.max(0, box.getLayoutY() + m.getY() - grab[0].getY()));
                follow(e.id(), box.getLayoutX(), box.getLayoutY());
            }
            m.consume();
        });
        box.setOnMouseReleased(m -> {
            if (rubber[0] != null) {
                canvas.getChildren().remove(rubber[0]);
                rubber[0] = null;
                entityAt(box.getLayoutX() + m.getX(), box.getLayoutY() + m.getY())
                        .filter(other -> !other.equals(e.id())).ifPresent(other -> relate(e.id(), other));
            } else if (box.getLayoutX() != at.x() || box.getLayoutY() != at.y()) {
                Layout.Point moved = new Layout.Point(Math.round(box.getLayoutX()), Math.round(box.getLayoutY()));
                editor.edit(p -> p.withLayout(p.layout().withPosition(e.id(), moved)));
            }
        });
        box.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2) {
                openEntity.accept(e.id());
            }
        });
        boxes.put(e.id(), box);
        return box;
    }

    /** A relationship's drawn strokes, moved with either box while it is dragged. */
    private record EdgeLines(DiagramGeometry.Edge edge, List<Line> lines) {
    }

    /** Redraws only the lines of the box being dragged, so a move costs a few line updates per frame. */
    private void follow(String entityId, double x, double y) {
        for (EdgeLines drawn : edgeLines.getOrDefault(entityId, List.of())) {
            DiagramGeometry.Edge edge = drawn.edge();
            double[] from = moved(edge.fromId(), entityId, x, y);
            double[] to = moved(edge.toId(), entityId, x, y);
            List<double[]> strokes = DiagramGeometry.edge(edge.relationship(), edge.fromId(), edge.toId(), from, to)
                    .strokes();
            for (int i = 0; i < strokes.size(); i++) {
                double[] l = strokes.get(i);
                Line line = drawn.lines().get(i);
                line.setStartX(l[0]);
                line.setStartY(l[1]);
                line.setEndX(l[2]);
                line.setEndY(l[3]);
            }
        }
    }

    private double[] moved(String id, String draggedId, double x, double y) {
        double[] box = geometry.boxes().get(id);
        return id.equals(draggedId) ? new double[] {x, y, box[2], box[3]} : box;
    }

    private java.util.Optional<String> entityAt(double x, double y) {
        return boxes.entrySet().stream().filter(b -> b.getValue().getBoundsInParent().contains(x, y))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Asks the kind, then adds the relationship on the entity the drag started from. */
    private void relate(String from, String to) {
        ChoiceDialog<RelationKind> dialog = new ChoiceDialog<>(RelationKind.MANY_TO_ONE, List.of(RelationKind.values()));
        dialog.setHeaderText("Relationship from " + name(from) + " to " + name(to));
        dialog.showAndWait().ifPresent(kind -> editor.edit(p -> RelationshipEdits.add(p, from, to, kind)));
    }

    private java.util.Optional<String> askName() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setHeaderText("Name of the new entity (singular, e.g. BlogPost)");
        dialog.getEditor().setId("entity-name");
        return dialog.showAndWait().map(String::trim).filter(n -> n.matches("[A-Za-z][A-Za-z0-9 ]*"));
    }

    /** Adds the entity below the others, with its CRUD endpoints, and opens it. */
    void addEntity(String name) {
        Layout.Point where = new Layout.Point(20, geometry == null ? 20 : geometry.height() + 40);
        editor.edit(p -> dev.stackbench.model.edit.ModelEdits.addEntity(p, name, where));
        project.entityNamed(name).ifPresent(e -> openEntity.accept(e.id()));
    }

    private String name(String entityId) {
        return project.entity(entityId).map(Entity::name).orElse(entityId);
    }

    private static String style(boolean selected) {
        return "-fx-background-color: -color-bg-default; -fx-border-color: "
                + (selected ? "-color-accent-emphasis" : "-color-border-default")
                + "; -fx-border-width: " + (selected ? 2 : 1) + "; -fx-background-radius: 4; -fx-border-radius: 4;";
    }

    private interface Writer {
        void write(File file) throws IOException;
    }

    private void save(String extension, Writer writer) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(Naming.kebab(project.meta().name()) + "-entities." + extension);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            try {
                writer.write(file);
            } catch (IOException ex) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, "Could not write " + file
                        + ": " + ex.getMessage()).show();
            }
        }
    }
}
