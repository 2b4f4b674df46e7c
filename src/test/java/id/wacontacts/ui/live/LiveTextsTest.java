package id.wacontacts.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.LiveState;
import id.wacontacts.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LiveTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private final LiveTexts english = new LiveTexts(new Messages(Locale.ENGLISH));
    private final LiveTexts indonesian = new LiveTexts(new Messages(Messages.INDONESIAN));

    @Test
    void stateCountsDownTheSecondsToTheNextAttemptInBothLanguages() {
        LiveState reconnecting = LiveState.reconnectingAt(NOW.plusMillis(3_200));

        assertThat(english.state(reconnecting, NOW)).isEqualTo("Reconnecting (4 s)");
        assertThat(indonesian.state(reconnecting, NOW)).isEqualTo("Menyambung ulang (4 dtk)");
        assertThat(english.state(LiveState.LIVE, NOW)).isEqualTo("Live");
        assertThat(indonesian.state(LiveState.LIVE, NOW)).isEqualTo("Langsung");
    }

    @Test
    void presenceCountsAndNamesTheDesktops() {
        List<String> desktops = List.of("WA Contacts/PC-KASIR-1/ani", "WA Contacts/PC-KASIR-2/dewi");

        assertThat(english.presence(desktops)).isEqualTo("2 desktops connected");
        assertThat(english.presence(List.of("WA Contacts/PC-KASIR-1/ani"))).as("alone: nothing to say").isEmpty();
        assertThat(indonesian.presence(List.of())).isEmpty();
        assertThat(indonesian.presence(desktops)).isEqualTo("2 komputer terhubung");
        assertThat(english.presenceTooltip(desktops)).isEqualTo("Connected now:\nPC-KASIR-1/ani\nPC-KASIR-2/dewi");
    }

    @Test
    void newNumbersAndConflictNotices() {
        assertThat(english.newNumbers(12)).isEqualTo("12 new numbers — show");
        assertThat(english.newNumbers(1)).isEqualTo("1 new number — show");
        assertThat(indonesian.newNumbers(1_200)).isEqualTo("1.200 nomor baru — tampilkan");
        assertThat(english.conflict(LiveUpdates.EditConflict.NONE)).isNull();
        assertThat(indonesian.conflict(LiveUpdates.EditConflict.DELETED)).contains("dihapus");
    }
}
