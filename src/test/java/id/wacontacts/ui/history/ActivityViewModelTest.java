package id.wacontacts.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.AppEvent;
import id.wacontacts.domain.ContactRow;
import id.wacontacts.service.AppEvents;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.transfer.HistoryExport;
import id.wacontacts.testsupport.ServiceFixture;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.RecordingNotifier;
import id.wacontacts.ui.common.SynchronousTaskRunner;
import id.wacontacts.ui.common.Times;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** View → Activity's view-model on a real database, without the toolkit. */
class ActivityViewModelTest {

    @RegisterExtension
    static final ServiceFixture fixture = ServiceFixture.resetBeforeEach("activity-ui");

    @TempDir
    Path folder;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private ActivityViewModel model;

    @BeforeEach
    void open() {
        fixture.sql("DELETE FROM trash", "DELETE FROM change_log");
        model = new ActivityViewModel(new ChangeHistory(fixture.database().sessionFactory()),
                new HistoryExport(fixture.database().sessionFactory()), new SynchronousTaskRunner(),
                new Messages(Locale.ENGLISH), notifier, new Times(Locale.ENGLISH, ZoneOffset.UTC));
    }

    @Test
    void filtersByActionDesktopAndDate() {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        fixture.sql("SET application_name = 'Kasir/PC-03/budi'; INSERT INTO categories (name) VALUES ('Arisan')");

        model.search();
        assertThat(model.rows()).extracting(ActivityViewModel.Row::action).containsExactly("Added", "Deleted", "Added");

        model.actionProperty().set(Action.DELETE);
        model.search();
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.what()).isEqualTo("Number");
            assertThat(r.before()).isEqualTo("0812-3456-7890");
        });

        model.actionProperty().set(null);
        model.desktopProperty().set("pc-03");
        model.search();
        assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.after()).isEqualTo("Arisan"));

        model.desktopProperty().set("");
        model.sinceProperty().set(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        model.search();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void exportsTheFilteredLogAsCsv() throws Exception {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.contacts().delete(List.of(row.id()));
        Path file = folder.resolve("activity.csv");

        model.actionProperty().set(Action.DELETE);
        model.export(file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,changed_at_utc,action,table,row_id,before,after,desktop,db_user");
        assertThat(lines.get(1)).contains(",delete,phone_numbers," + row.id() + ",0812-3456-7890,,");
        assertThat(notifier.lastInfo()).isEqualTo("1 events saved to activity.csv.");
    }

    @Test
    void exportsTheFilteredLogAsAnExcelWorkbookAndRecordsTheExport() throws Exception {
        ContactRow row = fixture.contacts().add("0812-3456-7890", fixture.categoryId("Prospek"));
        fixture.sql("SET application_name = '=cmd|x'; DELETE FROM phone_numbers WHERE id = " + row.id());
        Path file = folder.resolve("activity.xlsx");

        model.export(file);

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("id");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("delete");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("0812-3456-7890");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("'=cmd|x");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("insert");
        }
        assertThat(notifier.lastInfo()).isEqualTo("2 events saved to activity.xlsx.");
        AppEvent recorded = new AppEvents(fixture.database().sessionFactory()).page(OptionalLong.empty(), 1).get(0);
        assertThat(recorded.kind()).isEqualTo(AppEvent.Kind.EXPORT);
        assertThat(recorded.covered()).isEqualTo("activity log to activity.xlsx");
        assertThat(recorded.rowCount()).isEqualTo(2);
    }
}
