package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.ConnectionState;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.Locale;

/** A connection's state as a coloured pill: grey idle, amber connecting, green open, red refused or closed. */
final class StateBadge extends Label {
    StateBadge(ObservableValue<ConnectionState> state) {
        getStyleClass().add("badge");
        setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tooltip = new Tooltip();
        tooltipProperty().set(tooltip);
        show(state.getValue(), tooltip);
        state.addListener((obs, old, now) -> show(now, tooltip));
    }

    private void show(ConnectionState state, Tooltip tooltip) {
        setText(state.text());
        tooltip.setText(state.text());
        getStyleClass().removeIf(c -> c.startsWith("badge-"));
        getStyleClass().add("badge-" + state.phase().name().toLowerCase(Locale.ROOT));
    }
}
