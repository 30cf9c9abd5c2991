package dev.stackbench.app.ui.export;

import dev.stackbench.app.Screenshots;
import dev.stackbench.model.template.Templates;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: walks the export wizard on the blog template and saves a PNG of each step into docs/screenshots.
 * Run under Xvfb: {@code DISPLAY=:42 java -cp <app test classpath> dev.stackbench.app.ui.export.ExportWizardTour}
 */
public final class ExportWizardTour {
    private ExportWizardTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path target = Files.createTempDirectory("wizard-tour").resolve("blog-service");
        Screenshots.startFx();
        ExportWizard[] wizard = new ExportWizard[1];
        Screenshots.fx(() -> {
            wizard[0] = new ExportWizard(null, Templates.load("blog"), path -> { });
            wizard[0].show();
        });
        Screenshots.shoot(wizard[0].stage(), out.resolve("wizard-1-target.png"));
        click(wizard[0], "#wizard-next");
        Screenshots.fx(() -> ((TextField) wizard[0].stage().getScene().lookup("#export-folder"))
                .setText(target.toString()));
        Screenshots.shoot(wizard[0].stage(), out.resolve("wizard-2-folder.png"));
        click(wizard[0], "#wizard-preview");
        Screenshots.fx(() -> expandAndSelect((TreeView<?>) wizard[0].stage().getScene().lookup("#export-tree"),
                "PostRoutes.java"));
        Screenshots.shoot(wizard[0].stage(), out.resolve("wizard-3-preview.png"));
        click(wizard[0], "#wizard-export");
        Label step = (Label) wizard[0].stage().getScene().lookup("#wizard-step");
        for (int i = 0; i < 300 && !step.getText().startsWith("5"); i++) {
            Thread.sleep(100);
        }
        Screenshots.shoot(wizard[0].stage(), out.resolve("wizard-4-done.png"));
        Platform.exit();
    }

    private static void click(ExportWizard wizard, String id) throws InterruptedException {
        Screenshots.fx(() -> ((Button) wizard.stage().getScene().lookup(id)).fire());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void expandAndSelect(TreeView tree, String name) {
        TreeItem found = find(tree.getRoot(), name);
        if (found == null) {
            return;
        }
        for (TreeItem p = found; p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        tree.getSelectionModel().select(found);
        tree.scrollTo(tree.getRow(found));
    }

    private static TreeItem<?> find(TreeItem<?> item, String name) {
        if (name.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<?> child : item.getChildren()) {
            TreeItem<?> hit = find(child, name);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
