package dev.stackbench.app.playground.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The live logs of the playground (SSE events, WebSocket frames, traffic): tables that take rows fast. */
final class LogTables {
    /** One text line per row: with a fixed height the table lays out only the rows on screen, never measures all. */
    private static final double ROW_HEIGHT = 24;

    /** Milliseconds always shown and never more: LocalTime's own text varies in length and was cut off. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private LogTables() {
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static <T> TableView<T> of(ObservableList<T> rows, String id) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setFixedCellSize(ROW_HEIGHT);
        return table;
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
