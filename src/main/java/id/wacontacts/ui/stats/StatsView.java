package id.wacontacts.ui.stats;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.stats.StatsViewModel.Kind;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Numbers per category as a bar chart or a pie; clicking a bar or slice filters the contacts. */
public final class StatsView {

    private final StatsViewModel model;
    private final Messages messages;
    private BarChart<Number, String> bars;
    private CategoryAxis names;
    private NumberAxis countAxis;
    private PieChart pie;
    /** The categories drawn now, in the list's order, and each one's tooltip (bar and slice share it). */
    private List<CategoryCount> drawn = List.of();
    private final List<Tooltip> tooltips = new ArrayList<>();

    /** The text size in percent (View → Text size): the chart's minimum height follows it. */
    private final ObservableIntegerValue textSize;

    public StatsView(StatsViewModel model, Messages messages) {
        this(model, messages, new SimpleIntegerProperty(100));
    }

    public StatsView(StatsViewModel model, Messages messages, ObservableIntegerValue textSize) {
        this.model = model;
        this.messages = messages;
        this.textSize = textSize;
    }

    public Parent build() {
        // Bars lie down: category names are read across, whatever their length and number,
        // instead of colliding under narrow upright bars.
        NumberAxis x = new NumberAxis();
        // Whole counts in whole steps, written the language's way (1.000 or 1,000).
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setMinorTickVisible(false);
        NumberFormat whole = NumberFormat.getIntegerInstance(messages.locale());
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return whole.format(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis is only written");
            }
        });
        countAxis = x;
        // Set on every refresh: an auto-ranging category axis keeps the order it first saw.
        names = new CategoryAxis();
        names.setAutoRanging(false);
        bars = new BarChart<>(x, names);
        bars.setId("barChart");
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        bars.setCategoryGap(6);
        pie = new PieChart();
        pie.setId("pieChart");
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        pie.setLabelsVisible(true);

        bars.visibleProperty().bind(model.kindProperty().isEqualTo(Kind.BAR));
        pie.visibleProperty().bind(model.kindProperty().isEqualTo(Kind.PIE));
        StackPane charts = new StackPane(bars, pie);
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.setId("statsCharts");
        // Room for five or six category names: 150 px at 100%, growing with the text a little slower than
        // the text, so at 150% the window's minimum still fits a 1366x768 screen.
        charts.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 150 * (1 + 0.7 * (textSize.get() / 100.0 - 1)), textSize));

        model.counts().addListener((ListChangeListener<CategoryCount>) change -> show(model.counts()));
        show(model.counts());

        Label title = new Label(messages.get("stats.title"));
        title.getStyleClass().add("pane-title");
        ToggleGroup group = new ToggleGroup();
        ToggleButton barButton = toggle(group, "barChartButton", "mdi2c-chart-bar", "stats.bar", Kind.BAR);
        ToggleButton pieButton = toggle(group, "pieChartButton", "mdi2c-chart-pie", "stats.pie", Kind.PIE);
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one view is always chosen
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, barButton, pieButton);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(4, header, charts);
        pane.setId("statsPane");
        pane.getStyleClass().add("pane");
        return pane;
    }

    private ToggleButton toggle(ToggleGroup group, String id, String icon, String tooltip, Kind kind) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setId(id);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(messages.get(tooltip)));
        button.setAccessibleText(messages.get(tooltip));
        button.setSelected(model.kindProperty().get() == kind);
        button.setOnAction(event -> model.kindProperty().set(kind));
        button.getStyleClass().add("flat");
        return button;
    }

    private void show(List<CategoryCount> counts) {
        if (sameCategories(counts)) {
            // Only counts changed (an add, a delete, a change on another desktop): the bars and slices
            // take their new values in place. Building every node again cost the FX thread a pause at
            // each live update.
            updateInPlace(counts);
            return;
        }
        drawn = List.copyOf(counts);
        tooltips.clear();
        // A category axis draws its first entry at the bottom: add them in reverse, so the bars
        // read top to bottom in the categories list's order.
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> bottomUp = new ArrayList<>();
        for (int i = counts.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(counts.get(i).phoneCount(), counts.get(i).name()));
            bottomUp.add(counts.get(i).name());
        }
        names.getCategories().setAll(bottomUp);
        StatsViewModel.CountScale scale = StatsViewModel.CountScale.of(counts);
        countAxis.setUpperBound(scale.upper());
        countAxis.setTickUnit(scale.tick());
        bars.getData().setAll(List.of(series));
        pie.getData().clear();
        for (CategoryCount count : counts) {
            pie.getData().add(new PieChart.Data(count.name(), count.phoneCount()));
        }
        int last = counts.size() - 1;
        for (int i = 0; i <= last; i++) {
            clickable(series.getData().get(last - i).getNode(), counts.get(i));
            clickable(pie.getData().get(i).getNode(), counts.get(i));
        }
    }

    private boolean sameCategories(List<CategoryCount> counts) {
        if (counts.size() != drawn.size() || counts.isEmpty() || bars.getData().size() != 1) {
            return false;
        }
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i).id() != drawn.get(i).id() || !counts.get(i).name().equals(drawn.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private void updateInPlace(List<CategoryCount> counts) {
        drawn = List.copyOf(counts);
        StatsViewModel.CountScale scale = StatsViewModel.CountScale.of(counts);
        countAxis.setUpperBound(scale.upper());
        countAxis.setTickUnit(scale.tick());
        XYChart.Series<Number, String> series = bars.getData().get(0);
        int last = counts.size() - 1;
        for (int i = 0; i <= last; i++) {
            CategoryCount count = counts.get(i);
            series.getData().get(last - i).setXValue(count.phoneCount());
            pie.getData().get(i).setPieValue(count.phoneCount());
            if (i < tooltips.size() && tooltips.get(i) != null) {
                tooltips.get(i).setText(tooltipText(count));
            }
        }
    }

    private String tooltipText(CategoryCount count) {
        return messages.get("stats.tooltip", count.name(), count.phoneCount(), StatsViewModel.share(count, model.counts()));
    }

    private void clickable(Node node, CategoryCount count) {
        if (node != null) {
            node.setCursor(Cursor.HAND);
            node.setId("chart-" + count.id());
            Tooltip.install(node, tooltip(count));
            node.setOnMouseClicked(event -> model.select(count.id()));
        }
    }

    /** The category's tooltip, one for its bar and its slice. */
    private Tooltip tooltip(CategoryCount count) {
        int index = drawn.indexOf(count);
        while (tooltips.size() <= index) {
            tooltips.add(null);
        }
        if (tooltips.get(index) == null) {
            tooltips.set(index, new Tooltip(tooltipText(count)));
        }
        return tooltips.get(index);
    }
}
