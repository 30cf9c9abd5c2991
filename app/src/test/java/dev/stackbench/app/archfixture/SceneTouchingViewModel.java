package dev.stackbench.app.archfixture;

/** Breaks "view models do not touch scenes": a view model holding a node. */
public final class SceneTouchingViewModel {
    final javafx.scene.control.Label label = null;
}
