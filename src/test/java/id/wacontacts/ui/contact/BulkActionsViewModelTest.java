package id.wacontacts.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.CategoryRow;
import id.wacontacts.domain.ContactQuery;
import id.wacontacts.domain.UndoStep;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.ServiceTestRows;
import id.wacontacts.service.UndoService;
import id.wacontacts.service.transfer.ExportFormat;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.ScriptedDialogs;
import id.wacontacts.ui.undo.UndoHistory;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.export.ExportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The bulk actions on "all matching" over more rows than one page of the list (250+). */
class BulkActionsViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("bulkvm");

    private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ContactListViewModel contacts;
    private Selection selection;
    private BulkActionsViewModel bulk;
    private final List<UndoStep> steps = new ArrayList<>();
    private int prospek;
    private int lead;

    @BeforeEach
    void window() {
        prospek = fixture.categoryId("Prospek");
        lead = fixture.categoryId("Lead");
        fixture.sql(ServiceTestRows.insert(1, 300, prospek), ServiceTestRows.insert(301, 310, lead));
        open(Locale.ENGLISH);
    }

    private void open(Locale locale) {
        Messages messages = new Messages(locale);
        contacts = new ContactListViewModel(tasks, messages, notifier, url -> { }, UndoHistory.unrecorded(tasks, messages));
        selection = new Selection(tasks, messages, notifier, contacts);
        bulk = new BulkActionsViewModel(tasks, messages, notifier, dialogs, selection, contacts);
        bulk.setOnStep((name, step) -> steps.add(step));
        bulk.setOnChanged(contacts::reload);
        contacts.connect(fixture.contacts(), new PhoneNormalizer(PhoneNormalizer.DEFAULT_REGION));
        selection.connect(fixture.contacts().bulk());
        bulk.connect(fixture.contacts().bulk());
        contacts.showCategory(Optional.of(prospek));
    }

    @Test
    void selectingAllMatchingCoversEveryPageWithoutLoadingThem() {
        assertThat(contacts.rows()).hasSize(ContactListViewModel.PAGE_SIZE);
        assertThat(selection.offerProperty().get()).isEqualTo("Select all 300 matching");

        selection.selectAllMatching();

        assertThat(contacts.rows()).hasSize(ContactListViewModel.PAGE_SIZE);
        assertThat(selection.size()).isEqualTo(300);
        assertThat(selection.statusProperty().get()).isEqualTo("300 numbers selected (all in 'Prospek')");
        assertThat(selection.offerProperty().get()).isEmpty();
    }

    @Test
    void theStatusSaysWhatIsSelectedInIndonesianWithItsNumberFormat() {
        fixture.sql(ServiceTestRows.insert(1000, 13_044, prospek));
        open(Messages.INDONESIAN);
        contacts.search("812");

        selection.selectAllMatching();

        assertThat(selection.statusProperty().get())
                .isEqualTo("12.345 nomor dipilih (semua yang cocok dengan '812')");
    }

    @Test
    void movingAllMatchingMovesEveryPageInOneUndoStep() {
        selection.selectAllMatching();

        bulk.move(category(lead));

        assertThat(notifier.lastInfo()).isEqualTo("300 numbers moved to Lead.");
        assertThat(fixture.categories().countNumbers(prospek)).isZero();
        assertThat(fixture.categories().countNumbers(lead)).isEqualTo(310);
        assertThat(steps).hasSize(1);
        assertThat(selection.isAllMatching()).isFalse();
        assertThat(contacts.rows()).isEmpty();

        new UndoService(fixture.database().sessionFactory()).undo(steps.get(0));
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
    }

    @Test
    void deletingAllMatchingLeavesOutTheRowsUnselectedInTheTable() {
        selection.selectAllMatching();
        Set<Integer> shown = contacts.shownIds();
        int kept = shown.iterator().next();
        Set<Integer> selected = new java.util.HashSet<>(shown);
        selected.remove(kept);
        selection.selectionChanged(selected);
        assertThat(selection.statusProperty().get()).isEqualTo("299 numbers selected (all in 'Prospek')");
        dialogs.confirming(true);

        bulk.deleteAsking();

        assertThat(dialogs.lastQuestion()).startsWith("Delete these 299 numbers?");
        assertThat(notifier.lastInfo()).isEqualTo("299 numbers deleted.");
        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(1);
        assertThat(fixture.contacts().find(kept)).isPresent();
    }

    @Test
    void declinedDeleteDeletesNothing() {
        selection.selectAllMatching();

        bulk.deleteAsking();

        assertThat(fixture.categories().countNumbers(prospek)).isEqualTo(300);
        assertThat(steps).isEmpty();
    }

    @Test
    void exportingAllMatchingWritesEveryPage(@TempDir Path folder) throws Exception {
        selection.selectAllMatching();
        Path file = folder.resolve("prospek.csv");

        ContactQuery query = bulk.exportQuery().orElseThrow();
        new ExportViewModel(fixture.exports(), tasks, new Messages(Locale.ENGLISH)).export(query, file, ExportFormat.CSV);

        assertThat(Files.readAllLines(file)).hasSize(301); // the header and 300 numbers
    }

    @Test
    void exportingPickedRowsWritesJustThoseRows(@TempDir Path folder) throws Exception {
        ContactItem first = contacts.rows().get(0);
        ContactItem third = contacts.rows().get(2);
        selection.selectionChanged(Set.of(first.id(), third.id()));
        Path file = folder.resolve("picked.csv");

        ContactQuery query = bulk.exportQuery().orElseThrow();
        new ExportViewModel(fixture.exports(), tasks, new Messages(Locale.ENGLISH)).export(query, file, ExportFormat.CSV);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).contains(first.row().normalizedNumber()))
                .anySatisfy(line -> assertThat(line).contains(third.row().normalizedNumber()));
    }

    @Test
    void exportingAllMatchingLeavesOutTheRowsTheUserLeftOut(@TempDir Path folder) throws Exception {
        selection.selectAllMatching();
        ContactItem left = contacts.rows().get(1);
        Set<Integer> stillSelected = new java.util.HashSet<>(contacts.rows().stream().map(ContactItem::id).toList());
        stillSelected.remove(left.id());
        selection.selectionChanged(stillSelected);
        Path file = folder.resolve("all-but-one.csv");

        ContactQuery query = bulk.exportQuery().orElseThrow();
        new ExportViewModel(fixture.exports(), tasks, new Messages(Locale.ENGLISH)).export(query, file, ExportFormat.CSV);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(300); // the header and 299 numbers: every page, one row left out
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(left.row().normalizedNumber()));
    }

    @Test
    void copyingAllMatchingTakesEveryNumberUpToTheCapAndSaysSo() {
        selection.selectAllMatching();
        List<String> clipboard = new ArrayList<>();

        bulk.copy(clipboard::add);

        assertThat(clipboard.get(0).split("\n")).hasSize(300);
        assertThat(notifier.lastInfo()).isEqualTo("300 numbers copied.");
    }

    @Test
    void aPlainClickOnOneRowEndsAllMatching() {
        selection.selectAllMatching();

        selection.selectionChanged(Set.of(contacts.rows().get(3).id()));

        assertThat(selection.isAllMatching()).isFalse();
        assertThat(selection.size()).isEqualTo(1);
    }

    @Test
    void aNewSearchEndsAllMatching() {
        selection.selectAllMatching();

        contacts.search("0000001");

        assertThat(selection.isAllMatching()).isFalse();
        assertThat(selection.statusProperty().get()).isEmpty();
    }

    private CategoryRow category(int id) {
        return fixture.categories().find(id).orElseThrow();
    }
}
