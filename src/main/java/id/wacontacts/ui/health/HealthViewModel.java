package id.wacontacts.ui.health;

import id.wacontacts.domain.DatabaseHealth;
import id.wacontacts.domain.DatabaseHealth.DayCount;
import id.wacontacts.service.HealthService;
import id.wacontacts.ui.common.ErrorMessages;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.TaskRunner;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Help → Database health: reads the figures in the background and words them in the window's
 * language; a figure the server does not show this role reads "not available".
 */
public final class HealthViewModel {

    /** One row of a table in the window, its cells already worded. */
    public record Row(List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int i) {
            return cells.get(i);
        }
    }

    private final TaskRunner tasks;
    private final Messages messages;
    private final HealthService service;
    private final NumberFormat numbers;
    private final StringProperty connections = new SimpleStringProperty("");
    private final StringProperty statementsNote = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<Row> slowQueries = FXCollections.observableArrayList();
    private final ObservableList<Row> statements = FXCollections.observableArrayList();
    private final ObservableList<Row> tables = FXCollections.observableArrayList();
    private final ObservableList<Row> indexes = FXCollections.observableArrayList();
    private final ObservableList<DayCount> days = FXCollections.observableArrayList();

    public HealthViewModel(TaskRunner tasks, Messages messages, HealthService service) {
        this.tasks = tasks;
        this.messages = messages;
        this.service = service;
        this.numbers = NumberFormat.getIntegerInstance(messages.locale());
    }

    /** Reads the figures again. */
    public void refresh() {
        loading.set(true);
        failure.set("");
        tasks.run(service::read, this::show, error -> {
            loading.set(false);
            failure.set(new ErrorMessages(messages).describe(error));
        });
    }

    private void show(DatabaseHealth health) {
        loading.set(false);
        connections.set(messages.get("health.connections", figure(health.poolInUse()), figure(health.poolSize()),
                figure(health.serverConnections()), figure(health.maxConnections())));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        slowQueries.setAll(health.slowQueries().stream()
                .map(query -> new Row(List.of(time.format(query.at()), numbers.format(query.millis()), oneLine(query.sql()))))
                .toList());
        statementsNote.set(switch (health.statementsState()) {
            case AVAILABLE -> "";
            case NOT_INSTALLED -> messages.get("health.statementsNotInstalled");
            case NOT_AVAILABLE -> messages.get("health.statementsNotAvailable");
        });
        NumberFormat decimals = NumberFormat.getNumberInstance(messages.locale());
        decimals.setMaximumFractionDigits(1);
        statements.setAll(health.serverStatements().stream()
                .map(statement -> new Row(List.of(oneLine(statement.sql()), numbers.format(statement.calls()),
                        decimals.format(statement.meanMillis()), decimals.format(statement.totalMillis()))))
                .toList());
        tables.setAll(health.tables().stream()
                .map(table -> new Row(List.of(table.table(), bytes(table.totalBytes()), bytes(table.tableBytes()),
                        bytes(table.indexBytes()), figure(table.rows()))))
                .toList());
        indexes.setAll(health.indexes().stream()
                .map(index -> new Row(List.of(index.table(), index.index(), bytes(index.bytes()), figure(index.scans()))))
                .toList());
        days.setAll(health.addedPerDay());
    }

    /** A count, or "not available" when the server does not show it. */
    String figure(OptionalLong value) {
        return value.isPresent() ? numbers.format(value.getAsLong()) : messages.get("health.notAvailable");
    }

    /** Bytes in the largest unit that keeps a whole number in front: "8 kB", "1,5 MB". */
    String bytes(long count) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = count;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(value < 10 && unit > 0 ? 1 : 0);
        return format.format(value) + " " + units[unit];
    }

    private static String oneLine(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** "3 of 5 in the app's pool; 12 of 100 on the server (max_connections)". */
    public StringProperty connectionsProperty() {
        return connections;
    }

    /** Why the server's statement statistics are not shown, or empty when they are. */
    public StringProperty statementsNoteProperty() {
        return statementsNote;
    }

    /** Why the figures could not be read at all, or empty. */
    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<Row> slowQueries() {
        return slowQueries;
    }

    public ObservableList<Row> statements() {
        return statements;
    }

    public ObservableList<Row> tables() {
        return tables;
    }

    public ObservableList<Row> indexes() {
        return indexes;
    }

    public ObservableList<DayCount> days() {
        return days;
    }
}
