package dev.stackbench.app.ui.theme;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

import java.util.List;
import java.util.Locale;

/**
 * An HTTP method as a coloured pill, the same everywhere (endpoint tables and trees, request tabs, history,
 * traffic): GET green, POST amber, PUT blue, PATCH purple, DELETE red, the rest grey, as Postman and Bruno do.
 */
public final class MethodBadge {
    private static final List<String> KNOWN = List.of("get", "post", "put", "patch", "delete");

    private MethodBadge() {
    }

    public static Label of(String method) {
        Label badge = new Label();
        badge.getStyleClass().add("method-badge");
        show(badge, method);
        return badge;
    }

    /** A badge that follows {@code method} as it changes (the request editor's method picker). */
    public static Label following(ObservableValue<String> method) {
        Label badge = of(method.getValue());
        method.addListener((o, was, now) -> show(badge, now));
        return badge;
    }

    /** Table cells that show their text (a method name) as a badge. */
    public static <S> javafx.util.Callback<javafx.scene.control.TableColumn<S, String>,
            javafx.scene.control.TableCell<S, String>> cells() {
        return column -> new javafx.scene.control.TableCell<>() {
            private final Label badge = of("");

            @Override
            protected void updateItem(String method, boolean empty) {
                super.updateItem(method, empty);
                if (empty || method == null || method.isBlank()) {
                    setGraphic(null);
                } else {
                    show(badge, method);
                    setGraphic(badge);
                }
            }
        };
    }

    /** Re-colours a badge for another method (cells reuse their badge as they scroll). */
    public static void show(Label badge, String method) {
        String verb = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
        badge.setText(verb);
        badge.getStyleClass().removeIf(c -> c.startsWith("method-") && !c.equals("method-badge"));
        String lower = verb.toLowerCase(Locale.ROOT);
        badge.getStyleClass().add(KNOWN.contains(lower) ? "method-" + lower : "method-other");
    }
}
