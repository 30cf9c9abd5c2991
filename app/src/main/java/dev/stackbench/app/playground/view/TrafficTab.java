package dev.stackbench.app.playground.view;

import dev.stackbench.app.playground.TrafficViewModel;
import dev.stackbench.app.playground.TrafficViewModel.TrafficRow;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The server's view of the traffic, refreshed every second while the tab is open and live is on. */
final class TrafficTab extends Tab {
    TrafficTab(TrafficViewModel vm) {
        super("Traffic");
        setClosable(false);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        ToggleButton live = new ToggleButton("Live");
        live.setSelected(true);
        Label state = new Label();
        state.textProperty().bind(vm.stateProperty());
        HBox bar = Toolbar.row(refresh, live, state);
        TableView<TrafficRow> table = LogTables.of(vm.rows(), "traffic");
        table.setPlaceholder(new Label("No traffic yet"));
        table.getColumns().add(LogTables.column("#", 60, r -> String.valueOf(r.sequence())));
        table.getColumns().add(LogTables.column("At", 250, TrafficRow::at));
        table.getColumns().add(LogTables.column("Kind", 80, TrafficRow::kind));
        javafx.scene.control.TableColumn<TrafficRow, String> method = LogTables.column("Method", 80, TrafficRow::method);
        method.setCellFactory(dev.stackbench.app.ui.theme.MethodBadge.cells());
        table.getColumns().add(method);
        table.getColumns().add(LogTables.column("Path", 320, TrafficRow::path));
        table.getColumns().add(LogTables.column("Status", 70, r -> r.status() == 0 ? "" : String.valueOf(r.status())));
        table.getColumns().add(LogTables.column("ms", 70, r -> String.format("%.1f", r.millis())));
        table.getColumns().add(LogTables.column("Request id", 280, TrafficRow::requestId));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        setContent(pane);
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
        Runnable apply = () -> {
            if (isSelected() && live.isSelected()) {
                vm.refresh();
                poll.play();
            } else {
                poll.stop();
            }
        };
        selectedProperty().addListener((obs, old, now) -> apply.run());
        live.selectedProperty().addListener((obs, old, now) -> apply.run());
        setOnClosed(e -> poll.stop());
    }
}
