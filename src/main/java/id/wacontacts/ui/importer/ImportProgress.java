package id.wacontacts.ui.importer;

import id.wacontacts.service.transfer.TransferProgress;
import id.wacontacts.ui.common.Messages;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How far a preview or an import has come, as the wizard's progress bar and its line of text show it. */
final class ImportProgress {

    /** How far the work has come, as the service reported it last. */
    record Report(TransferProgress.Stage stage, long rows, double fraction) {
    }

    private final Messages messages;
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final StringProperty text = new SimpleStringProperty("");

    ImportProgress(Messages messages) {
        this.messages = messages;
    }

    /** The service's progress callback, turned into reports for the task runner to hand to the FX thread. */
    static TransferProgress reporter(Consumer<Report> progress) {
        return (stage, rows, fraction) -> progress.accept(new Report(stage, rows, fraction));
    }

    /** New work starts: an indeterminate bar and no text. */
    void reset() {
        fraction.set(-1);
        text.set("");
    }

    void show(Report shown) {
        fraction.set(shown.fraction());
        text.set(switch (shown.stage()) {
            case STORING -> messages.get("import.progress.storing", shown.rows());
            case WAITING -> messages.get("import.progress.waiting");
            default -> messages.get("import.progress.reading", shown.rows());
        });
    }

    DoubleProperty fractionProperty() {
        return fraction;
    }

    StringProperty textProperty() {
        return text;
    }
}
