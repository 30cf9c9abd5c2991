package dev.stackbench.app.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does in the main window, as steps the UI tests share: open a page, edit a table cell. */
final class UiSteps {
    private final FxRobot robot;

    UiSteps(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks the navigator entry labelled {@code label} (of the phase on screen). */
    void openPage(String label) {
        robot.clickOn(robot.lookup("#navigator .list-cell").match(c -> ((ListCell<?>) c).getItem() != null
                && ((ListCell<?>) c).getItem().toString().trim().equals(label)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void openPage(String phase, String label) {
        robot.clickOn(phase);
        openPage(label);
    }

    /** Opens a drop-down and clicks the entry showing {@code text}. */
    void pick(String query, String text) {
        javafx.scene.control.ComboBox<?> box = robot.lookup(query).queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(c -> text.equals(((ListCell<?>) c)
                .getText()) && c.getScene().getWindow().isShowing()).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        if (box.isShowing()) {
            throw new AssertionError(query + " still open after picking " + text);
        }
    }

    /** Double-clicks the cell, replaces its text and presses Enter. */
    void type(TableView<?> table, int row, String column, String text) {
        robot.doubleClickOn(cell(table, row, column));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Double-clicks a drop-down cell, opens the list and clicks {@code choice}. */
    void choose(TableView<?> table, int row, String column, String choice) {
        robot.doubleClickOn(cell(table, row, column));
        javafx.scene.control.ComboBox<?> box = robot.from(cell(table, row, column)).lookup(".combo-box").query();
        if (!box.isShowing()) {
            robot.clickOn(box);
        }
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(c -> choice.equals(((ListCell<?>) c)
                .getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the check box of a flag cell. */
    void toggle(TableView<?> table, int row, String column) {
        robot.clickOn(robot.from(cell(table, row, column)).lookup(".check-box").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollToColumn(TableView table, javafx.scene.control.TableColumn column) {
        table.scrollToColumn(column);
    }

    TableCell<?, ?> cell(TableView<?> table, int row, String column) {
        robot.interact(() -> {
            table.scrollTo(row);
            // A wide table's right-hand columns are reached by scrolling sideways, as a person would.
            table.getColumns().stream().filter(c -> column.equals(c.getText())).findFirst()
                    .ifPresent(c -> scrollToColumn(table, c));
        });
        return robot.from(table).lookup(".table-cell").match(c -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) c;
            return cell.getIndex() == row && cell.getTableColumn() != null
                    && column.equals(cell.getTableColumn().getText()) && cell.isVisible();
        }).query();
    }
}
