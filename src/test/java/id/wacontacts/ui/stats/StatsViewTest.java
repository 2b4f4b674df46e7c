package id.wacontacts.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.CategoryRow;
import id.wacontacts.ui.category.CategoryListViewModel;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.stats.StatsViewModel.CountScale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.chart.PieChart;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The count axis reads in whole numbers, also when every category is empty. */
class StatsViewTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.showStage();
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.setupSceneRoot(() -> new javafx.scene.layout.Pane());
    }

    @Test
    void emptyCategoriesGiveWholeTicksNotALoneZeroPointZeroZero() throws Exception {
        assertThat(tickLabels(Locale.ENGLISH, 0, 0, 0)).containsExactly("0", "1");
    }

    @Test
    void smallCountsStepByWholeNumbers() throws Exception {
        assertThat(tickLabels(Locale.ENGLISH, 3, 1)).containsExactly("0", "1", "2", "3");
    }

    @Test
    void largeCountsAreWrittenTheLanguagesWay() throws Exception {
        assertThat(tickLabels(Messages.INDONESIAN, 12_000, 20)).containsExactly("0", "5.000", "10.000", "15.000");
    }

    /** A live update changes counts only: the bars and slices keep their nodes, so the FX thread does not pause. */
    @Test
    @SuppressWarnings("unchecked")
    void newCountsOfTheSameCategoriesMoveTheBarsInPlaceAndANewCategoryRedraws() throws Exception {
        Messages messages = new Messages(Locale.ENGLISH);
        CategoryListViewModel categories = new CategoryListViewModel(new SynchronousTaskRunner(), messages,
                new RecordingNotifier(), new ScriptedDialogs());
        FxToolkit.setupFixture(() -> categories.categories().setAll(counts(3, 1)));
        FxToolkit.setupSceneRoot(() -> new StatsView(new StatsViewModel(categories), messages).build());
        BarChart<Number, String> chart = robot.lookup("#barChart").queryAs(BarChart.class);
        PieChart pie = robot.lookup("#pieChart").queryAs(PieChart.class);
        XYChart.Data<Number, String> firstBar = chart.getData().get(0).getData().get(1); // bottom-up: the first category
        PieChart.Data firstSlice = pie.getData().get(0);

        FxToolkit.setupFixture(() -> categories.categories().setAll(counts(12, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getData().get(0).getData().get(1)).isSameAs(firstBar);
        assertThat(firstBar.getXValue()).isEqualTo(12L);
        assertThat(pie.getData().get(0)).isSameAs(firstSlice);
        assertThat(firstSlice.getPieValue()).isEqualTo(12.0);
        assertThat(((NumberAxis) chart.getXAxis()).getUpperBound()).isEqualTo((double) CountScale.of(counts(12, 1)).upper());

        FxToolkit.setupFixture(() -> categories.categories().setAll(counts(12, 1, 4)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.getData().get(0).getData()).hasSize(3).doesNotContain(firstBar);
        assertThat(pie.getData()).extracting(PieChart.Data::getName)
                .containsExactly("Kategori 0", "Kategori 1", "Kategori 2");
    }

    @Test
    void theScaleHasAboutFiveWholeSteps() {
        assertThat(scale()).isEqualTo(new CountScale(1, 1));
        assertThat(scale(0, 0)).isEqualTo(new CountScale(1, 1));
        assertThat(scale(1)).isEqualTo(new CountScale(1, 1));
        assertThat(scale(7)).isEqualTo(new CountScale(8, 2));
        assertThat(scale(10)).isEqualTo(new CountScale(10, 2));
        assertThat(scale(23)).isEqualTo(new CountScale(25, 5));
        assertThat(scale(20_044)).isEqualTo(new CountScale(25_000, 5_000));
    }

    private static CountScale scale(long... counts) {
        return CountScale.of(counts(counts));
    }

    private static List<CategoryCount> counts(long... counts) {
        return java.util.stream.IntStream.range(0, counts.length)
                .mapToObj(i -> new CategoryCount(new CategoryRow(i + 1, "Kategori " + i, null, null, null), counts[i]))
                .toList();
    }

    private List<String> tickLabels(Locale locale, long... counts) throws Exception {
        Messages messages = new Messages(locale);
        CategoryListViewModel categories = new CategoryListViewModel(new SynchronousTaskRunner(), messages,
                new RecordingNotifier(), new ScriptedDialogs());
        FxToolkit.setupFixture(() -> categories.categories().setAll(counts(counts)));
        FxToolkit.setupSceneRoot(() -> new StatsView(new StatsViewModel(categories), messages).build());
        BarChart<?, ?> chart = robot.lookup("#barChart").queryAs(BarChart.class);
        Axis<?> axis = chart.getXAxis();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !axis.getTickMarks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // The labels as drawn, left to right
        return axis.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(Text::isVisible).sorted(Comparator.comparingDouble(Text::getLayoutX)).map(Text::getText)
                .toList();
    }
}
