package dev.stackbench.bench;

import dev.stackbench.app.ui.edit.ProjectDocument;
import dev.stackbench.app.ui.main.MainWindow;
import dev.stackbench.model.Project;
import dev.stackbench.model.io.RecoveryStore;
import dev.stackbench.model.sample.LargeModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app with the 300-entity model, in a real window (run under Xvfb: DISPLAY must be set; Monocle's
 * software pipeline says nothing about frame times): time from opening the main window to the first frame of the
 * diagram, then frame times while a box is dragged (mouse events through the diagram's handlers, its lines following), against an empty window's frame times measured in the
 * same run. Run with {@code DISPLAY=:42 bench/run UiBench}.
 */
public final class UiBench {
    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Project large = LargeModel.generate(300);
        List<Long> idle = frames(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 1280, 800));
            stage.show();
            return null;
        }, 3);
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        Node[] box = new Node[1];
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            Stage stage = new Stage();
            try {
                MainWindow window = new MainWindow(stage, new ProjectDocument(large, null),
                        new RecoveryStore(Files.createTempDirectory("ui-bench")));
                window.show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    box[0] = stage.getScene().lookup("#entity-" + large.entities().get(0).id());
                    firstFrame.complete(System.nanoTime() - t0);
                    stop();
                }
            }.start();
        });
        long open = firstFrame.get(60, TimeUnit.SECONDS);
        List<Long> drag = frames(() -> box[0], 3);
        System.out.printf(Locale.ROOT, "300 entities, %d endpoints: main window with the diagram on screen in %.0f ms "
                + "(target < 2000 ms)%n", large.endpoints().size(), open / 1e6);
        System.out.printf(Locale.ROOT, "frame time while a box is dragged: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (target < 16 ms); empty window: p50 %.1f ms, p99 %.1f ms%n", pct(drag, 50), pct(drag, 99),
                pct(drag, 100), pct(idle, 50), pct(idle, 99));
        Platform.exit();
    }

    /** Frame intervals for {@code seconds}; when the setup returns a node, it moves 2 px every frame. */
    private static List<Long> frames(java.util.concurrent.Callable<Node> setup, int seconds) throws Exception {
        List<Long> intervals = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Node moving;
            try {
                moving = setup.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            new AnimationTimer() {
                private long last;
                private int step;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add(now - last);
                    }
                    last = now;
                    if (moving != null) {
                        // Through the diagram's own mouse handlers, so the box's relationship lines follow it.
                        if (step == 0) {
                            mouse(moving, MouseEvent.MOUSE_PRESSED, 10);
                        }
                        mouse(moving, MouseEvent.MOUSE_DRAGGED, (step++ / 100) % 2 == 0 ? 12 : 8);
                    }
                    if (now > end) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await(seconds + 30L, TimeUnit.SECONDS);
        return intervals;
    }

    /** A primary-button mouse event at {@code x}, 10 in the node's own coordinates. */
    private static void mouse(Node node, javafx.event.EventType<MouseEvent> type, double x) {
        javafx.geometry.Point2D scene = node.localToScene(x, 10);
        javafx.geometry.Point2D screen = node.localToScreen(x, 10);
        javafx.event.Event.fireEvent(node, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false,
                false, null));
    }

    private static double pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
