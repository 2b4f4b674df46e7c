package id.wacontacts.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.LiveState;
import id.wacontacts.ui.category.CategoryListViewModel;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.contact.ContactListViewModel;
import id.wacontacts.ui.undo.UndoHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status bar's live-update texts as the listener's state changes and time passes. */
class LiveStatusTest {

    private Instant now = Instant.parse("2026-12-06T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private LiveViewModel model(Locale locale) {
        Messages messages = new Messages(locale);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        RecordingNotifier notifier = new RecordingNotifier();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        return new LiveViewModel(new ContactListViewModel(tasks, messages, notifier, url -> { },
                UndoHistory.unrecorded(tasks, messages)),
                new CategoryListViewModel(tasks, messages, notifier, dialogs), messages, clock);
    }

    @Test
    void reconnectingCountsDownEachTickThenSaysLive() {
        LiveViewModel model = model(Locale.ENGLISH);
        assertThat(model.stateTextProperty().get()).isEmpty();

        model.stateChanged(LiveState.reconnectingAt(now.plusSeconds(4)));
        assertThat(model.stateTextProperty().get()).isEqualTo("Reconnecting (4 s)");
        now = now.plusSeconds(3);
        model.tick();
        assertThat(model.stateTextProperty().get()).isEqualTo("Reconnecting (1 s)");

        model.stateChanged(LiveState.LIVE);
        assertThat(model.stateTextProperty().get()).isEqualTo("Live");
    }

    @Test
    void presenceInIndonesianWithTheDesktopsNamedInTheTooltip() {
        LiveViewModel model = model(Messages.INDONESIAN);

        model.presence(List.of("WA Contacts/PC-KASIR-1/ani", "WA Contacts/PC-KASIR-2/dewi"));

        assertThat(model.presenceTextProperty().get()).isEqualTo("2 komputer terhubung");
        assertThat(model.presenceTooltipProperty().get()).isEqualTo("Terhubung sekarang:\nPC-KASIR-1/ani\nPC-KASIR-2/dewi");
    }
}
