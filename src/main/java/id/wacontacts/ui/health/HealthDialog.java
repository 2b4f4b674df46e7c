package id.wacontacts.ui.health;

import id.wacontacts.domain.DatabaseHealth.DayCount;
import id.wacontacts.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Database health: the figures of {@link HealthViewModel}, with Refresh and Close. */
public final class HealthDialog {

    private HealthDialog() {
    }

    /** Shows the window and starts reading the figures. */
    public static Stage show(Window owner, HealthViewModel model, Messages messages) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("health.title"));

        Label connections = new Label();
        connections.setId("healthConnections");
        connections.setWrapText(true);
        connections.textProperty().bind(model.connectionsProperty());
        Label failure = new Label();
        failure.getStyleClass().add("failure");
        failure.textProperty().bind(model.failureProperty());
        failure.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Label statementsNote = new Label();
        statementsNote.setId("healthStatementsNote");
        statementsNote.setWrapText(true);
        statementsNote.getStyleClass().add("muted");
        statementsNote.textProperty().bind(model.statementsNoteProperty());
        statementsNote.visibleProperty().bind(model.statementsNoteProperty().isNotEmpty());
        statementsNote.managedProperty().bind(statementsNote.visibleProperty());
        TableView<HealthViewModel.Row> statements = table("healthStatements", messages, model.statements(), 140,
                "health.column.statement", "health.column.calls", "health.column.mean", "health.column.total");
        statements.visibleProperty().bind(model.statementsNoteProperty().isEmpty());
        statements.managedProperty().bind(statements.visibleProperty());

        Button refresh = new Button(messages.get("health.refresh"));
        refresh.setId("healthRefresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.refresh());
        Button close = new Button(messages.get("import.close"));
        close.setId("healthClose");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, refresh, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(8,
                heading(messages, "health.section.connections"), connections, failure,
                heading(messages, "health.section.added"), chart(model.days(), messages),
                heading(messages, "health.section.slow"),
                table("healthSlowQueries", messages, model.slowQueries(), 120,
                        "health.column.when", "health.column.millis", "health.column.statement"),
                heading(messages, "health.section.statements"), statementsNote, statements,
                heading(messages, "health.section.tables"),
                table("healthTables", messages, model.tables(), 150, "health.column.table", "health.column.totalSize",
                        "health.column.tableSize", "health.column.indexSize", "health.column.rows"),
                heading(messages, "health.section.indexes"),
                table("healthIndexes", messages, model.indexes(), 200, "health.column.table", "health.column.index",
                        "health.column.size", "health.column.scans"));
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox root = new VBox(scroll, buttons);
        root.setId("healthWindow");
        VBox.setMargin(buttons, new Insets(8, 12, 12, 12));
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        stage.setScene(new Scene(root, 760, 640));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
        model.refresh();
        return stage;
    }

    private static Label heading(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("pane-title");
        return label;
    }

    private static TableView<HealthViewModel.Row> table(String id, Messages messages, ObservableList<HealthViewModel.Row> rows,
                                                        double height, String... headers) {
        TableView<HealthViewModel.Row> table = new TableView<>(rows);
        table.setId(id);
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("health.none")));
        for (int i = 0; i < headers.length; i++) {
            int cell = i;
            TableColumn<HealthViewModel.Row, String> column = new TableColumn<>(messages.get(headers[i]));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().cell(cell)));
            column.setSortable(false);
            table.getColumns().add(column);
        }
        return table;
    }

    private static Node chart(ObservableList<DayCount> days, Messages messages) {
        CategoryAxis dayAxis = new CategoryAxis();
        NumberAxis countAxis = new NumberAxis();
        countAxis.setMinorTickVisible(false);
        countAxis.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(dayAxis, countAxis);
        chart.setId("healthAddedChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setPrefHeight(200);
        chart.setMinHeight(200);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        days.addListener((ListChangeListener<DayCount>) change -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (DayCount day : List.copyOf(days)) {
                series.getData().add(new XYChart.Data<>(label.format(day.day()), day.added()));
            }
            chart.getData().setAll(List.of(series));
            for (XYChart.Data<String, Number> bar : series.getData()) {
                if (bar.getNode() != null) {
                    javafx.scene.control.Tooltip.install(bar.getNode(), new javafx.scene.control.Tooltip(
                            messages.get("health.addedOn", bar.getXValue(), bar.getYValue())));
                }
            }
        });
        return chart;
    }
}
