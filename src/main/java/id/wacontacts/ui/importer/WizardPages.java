package id.wacontacts.ui.importer;

import id.wacontacts.ui.importer.ImportWizardViewModel.Step;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout the import wizard's pages share: a page shown on its step, a right-aligned button row, a progress bar. */
final class WizardPages {

    private WizardPages() {
    }

    static VBox page(ImportWizardViewModel model, Step step, Node... children) {
        VBox page = new VBox(10, children);
        page.visibleProperty().bind(model.stepProperty().isEqualTo(step));
        return page;
    }

    static ProgressBar progressBar(ImportWizardViewModel model, String id) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setPrefWidth(300);
        bar.progressProperty().bind(model.progressProperty());
        return bar;
    }

    static HBox buttons(Node... nodes) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8);
        row.getChildren().add(spacer);
        row.getChildren().addAll(nodes);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
