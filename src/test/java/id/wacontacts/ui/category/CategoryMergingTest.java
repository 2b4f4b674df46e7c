package id.wacontacts.ui.category;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.service.ServiceTestRows;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.stats.StatsViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Merging categories from the list, and the list's order. */
class CategoryMergingTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("categorymerging");

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CategoryListViewModel model = new CategoryListViewModel(new SynchronousTaskRunner(),
            new Messages(Locale.ENGLISH), notifier, dialogs);
    private int vip;
    private int vip2;

    @BeforeEach
    void numbers() {
        vip = fixture.categoryId("Pelanggan VIP");
        vip2 = fixture.categoryId("Pelanggan VIP 2");
        fixture.sql(ServiceTestRows.insert(1, 3, vip), ServiceTestRows.insert(4, 260, vip2));
        model.connect(fixture.categories());
    }

    @Test
    void thePreviewCountsOnTheServerAndTheMergeKeepsEveryNumber() {
        List<UndoStep> steps = new ArrayList<>();
        model.merging().setOnStep((name, step) -> steps.add(step));
        List<String> changed = new ArrayList<>();
        model.setOnChanged(() -> changed.add("contacts"));
        fixture.sql(ServiceTestRows.insert(300, 300, vip2)); // another computer adds one after the list loaded
        dialogs.confirming(true);

        model.merging().mergeAsking(model.find(vip2).orElseThrow(), fixture.categories().find(vip).orElseThrow());

        assertThat(dialogs.lastQuestion()).isEqualTo("Merge \"Pelanggan VIP 2\" (258 numbers) into \"Pelanggan VIP\""
                + " (3 numbers)? \"Pelanggan VIP\" will hold 261 numbers, and \"Pelanggan VIP 2\" is deleted;"
                + " its name and description stay in the history.");
        assertThat(notifier.lastInfo()).isEqualTo("\"Pelanggan VIP 2\" merged into \"Pelanggan VIP\": 258 numbers moved.");
        assertThat(model.find(vip2)).isEmpty();
        assertThat(model.find(vip).orElseThrow().phoneCount()).isEqualTo(261);
        assertThat(steps).hasSize(1);
        assertThat(changed).isNotEmpty();
    }

    @Test
    void aDeclinedMergeChangesNothing() {
        model.merging().mergeAsking(model.find(vip2).orElseThrow(), fixture.categories().find(vip).orElseThrow());

        assertThat(fixture.categories().countNumbers(vip2)).isEqualTo(257);
        assertThat(model.find(vip2)).isPresent();
    }

    @Test
    void theListIsOrderedByCountNameOrDateWithAllFirst() {
        assertThat(names()).startsWith("All numbers", "Pelanggan VIP 2", "Pelanggan VIP");

        model.orderProperty().set(CategoryOrder.NAME);
        assertThat(names()).containsExactly("All numbers", "Lead", "Pelanggan Regular", "Pelanggan VIP",
                "Pelanggan VIP 2", "Prospek");

        fixture.categories().create("Pameran Mei", null);
        model.orderProperty().set(CategoryOrder.DATE);
        model.refresh();
        assertThat(names()).startsWith("All numbers", "Pameran Mei");
    }

    @Test
    void theChartTooltipGivesTheCategorysShareInEitherLanguage() {
        List<CategoryCount> counts = model.categories();
        CategoryCount small = model.find(vip).orElseThrow();

        double share = StatsViewModel.share(small, counts);

        assertThat(share).isEqualTo(3 / 260.0);
        assertThat(new Messages(Locale.ENGLISH).get("stats.tooltip", small.name(), small.phoneCount(), share))
                .isEqualTo("Pelanggan VIP: 3 (1.2%)");
        assertThat(new Messages(Messages.INDONESIAN).get("stats.tooltip", small.name(), small.phoneCount(), share))
                .isEqualTo("Pelanggan VIP: 3 (1,2%)");
    }

    private List<String> names() {
        return model.rows().stream().map(CategoryCount::name).toList();
    }
}
