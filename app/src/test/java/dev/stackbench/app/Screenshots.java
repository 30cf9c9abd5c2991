package dev.stackbench.app;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the screenshot tours share: running on the JavaFX thread and saving a window as a PNG. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Starts JavaFX in the theme {@code -Dstackbench.theme} asks for (light unless told). */
    public static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        fx(() -> dev.stackbench.app.ui.theme.OsAppearance.preferred().apply());
    }

    public static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }

    /** Lets layout and rendering settle, then writes the window's scene to {@code file}. */
    public static void shoot(Stage stage, Path file) throws InterruptedException {
        // Every shot at the size -Dstackbench.shot.size asks for (1280x800 unless told), in the theme in force.
        String[] size = System.getProperty("stackbench.shot.size", "1280x800").split("x");
        fx(() -> {
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
            stage.getScene().getRoot().applyCss();
        });
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Thread.sleep(700);
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + file);
    }
}
