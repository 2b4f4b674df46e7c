package id.wacontacts.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet;
import id.wacontacts.ui.live.LiveUpdates.EditConflict;
import id.wacontacts.ui.live.LiveUpdates.Plan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    private final LiveUpdates updates = new LiveUpdates();

    @Test
    void newNumbersOffScreenAreCountedNotInsertedAndShowClearsTheCount() {
        Plan first = updates.plan(set(change(Table.PHONE_NUMBERS, Action.INSERT, 101, 102)), Set.of(1, 2), null);
        Plan second = updates.plan(set(change(Table.PHONE_NUMBERS, Action.INSERT, 103)), Set.of(1, 2), null);

        assertThat(first.newNumbers()).isEqualTo(2);
        assertThat(second.newNumbers()).isEqualTo(3);
        assertThat(second.reloadRows()).isEmpty();
        assertThat(second.reloadList()).isFalse();
        assertThat(second.reloadCounts()).isTrue();
        assertThat(updates.showNew()).containsExactlyInAnyOrder(101, 102, 103);
        assertThat(updates.plan(set(change(Table.PHONE_NUMBERS, Action.INSERT, 104)), Set.of(), null).newNumbers())
                .isEqualTo(1);
    }

    @Test
    void rowsOnScreenReloadOrGreyOutAndOthersAreLeftAlone() {
        Plan plan = updates.plan(set(change(Table.PHONE_NUMBERS, Action.UPDATE, 1, 7),
                change(Table.PHONE_NUMBERS, Action.DELETE, 2, 8)), Set.of(1, 2, 3), null);

        assertThat(plan.reloadRows()).containsExactly(1);
        assertThat(plan.goneRows()).containsExactly(2);
        assertThat(plan.conflict()).isEqualTo(EditConflict.NONE);
        assertThat(plan.reloadCategories()).isFalse();
    }

    @Test
    void theEditedRowGetsANoticeWhenChangedOrDeletedElsewhereOnly() {
        assertThat(updates.plan(set(change(Table.PHONE_NUMBERS, Action.UPDATE, 3)), Set.of(3, 4), 4).conflict())
                .isEqualTo(EditConflict.NONE);
        assertThat(updates.plan(set(change(Table.PHONE_NUMBERS, Action.UPDATE, 4)), Set.of(3, 4), 4).conflict())
                .isEqualTo(EditConflict.CHANGED);
        assertThat(updates.plan(set(change(Table.PHONE_NUMBERS, Action.DELETE, 4)), Set.of(3, 4), 4).conflict())
                .isEqualTo(EditConflict.DELETED);
    }

    @Test
    void aRepeatedInsertOfTheEditedRowIsNoConflict() {
        Plan plan = updates.plan(set(change(Table.PHONE_NUMBERS, Action.INSERT, 4)), Set.of(3, 4), 4);

        assertThat(plan.conflict()).isEqualTo(EditConflict.NONE);
        assertThat(plan.reloadRows()).containsExactly(4);
    }

    @Test
    void aNewNumberDeletedBeforeBeingShownIsNoLongerCounted() {
        updates.plan(set(change(Table.PHONE_NUMBERS, Action.INSERT, 50, 51)), Set.of(), null);
        Plan plan = updates.plan(set(change(Table.PHONE_NUMBERS, Action.DELETE, 50)), Set.of(), null);

        assertThat(plan.newNumbers()).isEqualTo(1);
        assertThat(plan.goneRows()).isEmpty();
    }

    @Test
    void aLargeChangeReloadsTheListAndARenamedCategoryTooButANewCategoryOnlyTheCategories() {
        Plan imported = updates.plan(set(new ChangeSet.Change(Table.PHONE_NUMBERS, Action.INSERT, 100_000, List.of(),
                9, "WA Contacts/PC-2/dewi")), Set.of(1), 1);
        Plan renamed = updates.plan(set(change(Table.CATEGORIES, Action.UPDATE, 2)), Set.of(1), null);
        Plan added = updates.plan(set(change(Table.CATEGORIES, Action.INSERT, 6)), Set.of(1), null);

        assertThat(imported.reloadList()).isTrue();
        assertThat(imported.reloadCounts()).isTrue();
        assertThat(imported.conflict()).isEqualTo(EditConflict.CHANGED);
        assertThat(renamed.reloadList()).isTrue();
        assertThat(renamed.reloadCategories()).isTrue();
        assertThat(added.reloadList()).isFalse();
        assertThat(added.reloadCategories()).isTrue();
        assertThat(added.reloadCounts()).isTrue();
    }

    @Test
    void anEmptyDeliveryPlansNothing() {
        assertThat(updates.plan(new ChangeSet.Builder().drain(), Set.of(1), 1).isEmpty()).isTrue();
    }

    private static ChangeSet.Change change(Table table, Action action, Integer... ids) {
        return new ChangeSet.Change(table, action, ids.length, List.of(ids), 1, "WA Contacts/PC-2/dewi");
    }

    private static ChangeSet set(ChangeSet.Change... changes) {
        ChangeSet.Builder builder = new ChangeSet.Builder();
        for (ChangeSet.Change change : changes) {
            builder.add(change);
        }
        return builder.drain();
    }
}
