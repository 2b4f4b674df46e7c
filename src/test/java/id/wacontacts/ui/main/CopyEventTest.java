package id.wacontacts.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.AppEvents;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Copying numbers from the window's list writes one event naming the list shown and how many. */
class CopyEventTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("copy-event");

    @Test
    void theCopyActionRecordsItsEventInTheBackground() {
        fixture.sql("DELETE FROM app_events");
        MainViewModel model = new MainViewModel(new SynchronousTaskRunner(), new Messages(Locale.ENGLISH),
                new RecordingNotifier(), new ScriptedDialogs(), url -> { });
        model.open(() -> new Services(fixture.categories(), fixture.contacts(),
                new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION), false, "jdbc:postgresql://server/wa_db", true));

        model.contacts().copied(2);

        assertThat(new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 10)).singleElement()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(AppEvent.Kind.COPY);
                    assertThat(event.rowCount()).isEqualTo(2);
                    assertThat(event.covered()).contains("clipboard");
                });
    }
}
