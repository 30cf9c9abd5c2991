package dev.stackbench.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.List;
import java.util.Objects;

/**
 * The app's two looks: AtlantaFX Primer (light or dark) as the user-agent stylesheet, so every window (main,
 * playground, wizard, dialogs) follows one switch, plus our own sheets on top for what Primer does not know
 * (method badges, diagram cards, problems). Our sheets use Primer's looked-up colours, so they hold no palette.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), "light.css"),
    DARK(new PrimerDark().getUserAgentStylesheet(), "dark.css");

    private final String userAgent;
    private final String accentSheet;

    Theme(String userAgent, String accentSheet) {
        this.userAgent = userAgent;
        this.accentSheet = accentSheet;
    }

    /** The theme in force; a toolkit still on Modena (a test, a tour) is switched to light on first use. */
    public static Theme current() {
        String now = Application.getUserAgentStylesheet();
        if (Objects.equals(now, DARK.userAgent)) {
            return DARK;
        }
        if (!Objects.equals(now, LIGHT.userAgent)) {
            LIGHT.apply();
        }
        return LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Makes this the theme of every window; call {@link #style(Scene)} for scenes already shown. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgent);
    }

    /** Our sheets for this theme, in order: the shared one, then the accent and colour overrides. */
    public List<String> sheets() {
        return List.of(resource("app.css"), resource(accentSheet));
    }

    /** Puts this theme's sheets on {@code scene}, keeping any window-specific sheet that follows them. */
    public void style(Scene scene) {
        scene.getStylesheets().removeIf(s -> s.endsWith("/ui/app.css") || s.endsWith("/ui/light.css")
                || s.endsWith("/ui/dark.css"));
        scene.getStylesheets().addAll(0, sheets());
    }

    private static String resource(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/dev/stackbench/app/ui/" + name), name)
                .toExternalForm();
    }
}
