package id.wacontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    @Test
    void aDeleteAfterAnInsertInOneSetStaysADeleteSinceTheReceiverMayShowTheRowAlready() {
        ChangeSet set = new ChangeSet.Builder().add(change(Action.INSERT, 1, 2)).add(change(Action.UPDATE, 2))
                .add(change(Action.DELETE, 1)).drain();

        assertThat(set.of(Table.PHONE_NUMBERS).inserted()).containsExactly(2);
        assertThat(set.of(Table.PHONE_NUMBERS).updated()).isEmpty();
        assertThat(set.of(Table.PHONE_NUMBERS).deleted()).containsExactly(1);
        assertThat(set.changes()).hasSize(3);
    }

    @Test
    void unlistedRowsTruncatesAndTooManyIdsMeanReload() {
        ChangeSet unlisted = new ChangeSet.Builder()
                .add(new ChangeSet.Change(Table.PHONE_NUMBERS, Action.INSERT, 500, List.of(), 1, "psql")).drain();
        ChangeSet truncated = new ChangeSet.Builder()
                .add(new ChangeSet.Change(Table.CATEGORIES, Action.TRUNCATE, 1, List.of(), 1, "psql")).drain();
        ChangeSet.Builder many = new ChangeSet.Builder();
        for (int start = 0; start <= ChangeSet.MAX_IDS; start += 100) {
            many.add(change(Action.INSERT, IntStream.range(start, start + 100).boxed().toArray(Integer[]::new)));
        }

        assertThat(unlisted.of(Table.PHONE_NUMBERS).reload()).isTrue();
        assertThat(truncated.of(Table.CATEGORIES).reload()).isTrue();
        assertThat(truncated.of(Table.PHONE_NUMBERS).reload()).isFalse();
        assertThat(many.drain().of(Table.PHONE_NUMBERS).reload()).isTrue();
        assertThat(many.isEmpty()).isTrue();
    }

    private static ChangeSet.Change change(Action action, Integer... ids) {
        return new ChangeSet.Change(Table.PHONE_NUMBERS, action, ids.length, List.of(ids), 1, "psql");
    }
}
