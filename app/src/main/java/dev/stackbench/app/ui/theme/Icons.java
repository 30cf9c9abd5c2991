package dev.stackbench.app.ui.theme;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli Feather icons on our buttons: one place that decides icon size and how an icon joins a label. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Puts {@code ikon} before the control's text and returns the control, for use where it is built. */
    public static <T extends Labeled> T with(Ikon ikon, T control) {
        control.setGraphic(icon(ikon));
        return control;
    }

    /** An icon-only button, with its meaning as the tooltip (and for screen readers). */
    public static <T extends ButtonBase> T only(Ikon ikon, String meaning, T button) {
        button.setGraphic(icon(ikon));
        button.setText(null);
        button.setTooltip(new javafx.scene.control.Tooltip(meaning));
        button.setAccessibleText(meaning);
        button.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        return button;
    }
}
