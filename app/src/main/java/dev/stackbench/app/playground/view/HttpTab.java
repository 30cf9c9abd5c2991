package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.HttpResult;
import dev.stackbench.app.playground.HttpViewModel;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Request editor above, response panel below. */
final class HttpTab extends Tab {
    private final HttpViewModel vm;
    private final Label status = new Label("No request sent yet");
    private final Label timing = new Label();
    private final JsonTree tree = new JsonTree();

    HttpTab(HttpViewModel vm, Runnable saveToCollection) {
        super("HTTP");
        this.vm = vm;
        setGraphic(dev.stackbench.app.ui.theme.MethodBadge.following(vm.methodProperty()));
        setClosable(false);
        SplitPane split = new SplitPane(request(saveToCollection), response());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.48);
        setContent(split);
        vm.resultProperty().addListener((obs, old, now) -> showResult(now));
    }

    private BorderPane request(Runnable saveToCollection) {
        ComboBox<String> method = new ComboBox<>();
        method.getItems().addAll("GET", "POST", "PUT", "PATCH", "DELETE");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setId("method");
        TextField url = new TextField();
        url.setId("url");
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.setOnAction(e -> vm.send());
        Button send = new Button("Send");
        send.setId("send");
        send.setDefaultButton(true);
        send.setOnAction(e -> vm.send());
        Button curl = new Button("Copy as curl");
        curl.setId("copy-curl");
        curl.setOnAction(e -> copy(vm.curl()));
        Button save = new Button("Save…");
        save.setId("save-request");
        save.setOnAction(e -> saveToCollection.run());
        HBox line = Toolbar.row(method, url, send, curl, save);
        Label hints = new Label();
        hints.setId("query-hints");
        hints.getStyleClass().add("muted");
        hints.textProperty().bind(vm.hintsProperty());
        hints.managedProperty().bind(hints.textProperty().isNotEmpty());
        hints.visibleProperty().bind(hints.managedProperty());
        hints.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
        TextArea headers = new TextArea();
        headers.setId("headers");
        headers.textProperty().bindBidirectional(vm.headersProperty());
        JsonEditor body = new JsonEditor(vm.bodyProperty(), true);
        body.area().setId("request-body");
        TabPane parts = new TabPane(fixed("Body", body), fixed("Headers", headers));
        BorderPane pane = new BorderPane(parts);
        pane.setTop(new javafx.scene.layout.VBox(line, hints));
        return pane;
    }

    private BorderPane response() {
        status.setId("status");
        timing.getStyleClass().add("muted");
        HBox line = new HBox(16, status, timing);
        line.getStyleClass().add("toolbar-row");
        JsonEditor body = new JsonEditor(vm.responseBodyProperty(), false);
        body.area().setId("response-body");
        TextArea headers = new TextArea();
        headers.setEditable(false);
        headers.textProperty().bind(vm.responseHeadersProperty());
        ListView<String> errors = new ListView<>(vm.fieldErrors());
        errors.setId("field-errors");
        errors.setPlaceholder(new Label("No field errors"));
        TabPane parts = new TabPane(fixed("Body", body), fixed("Tree", tree), fixed("Headers", headers),
                fixed("Field errors", errors));
        parts.setId("response-tabs");
        vm.resultProperty().addListener((obs, old, now) ->
                parts.getSelectionModel().select(vm.fieldErrors().isEmpty() ? 0 : 3));
        BorderPane pane = new BorderPane(parts);
        pane.setTop(line);
        return pane;
    }

    private void showResult(HttpResult r) {
        status.setText(vm.statusTextProperty().get());
        status.getStyleClass().removeAll("status-ok", "status-client", "status-server");
        status.getStyleClass().add(r.error() != null || r.status() >= 500 ? "status-server"
                : r.status() >= 400 ? "status-client" : "status-ok");
        timing.setText(r.millis() + " ms · " + size(r.bytes()));
        tree.show(r.body());
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format("%.1f KB", bytes / 1024.0);
    }

    static Tab fixed(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
