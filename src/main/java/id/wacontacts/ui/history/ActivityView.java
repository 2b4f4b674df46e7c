package id.wacontacts.ui.history;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.ui.common.FileDialogs;
import id.wacontacts.ui.common.Messages;
import id.wacontacts.ui.common.UserFolders;
import id.wacontacts.ui.history.ActivityViewModel.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * View → Activity's content: every recorded change, newest first, filtered by the day it starts from,
 * the desktop and the action; older pages on request; saved as CSV or Excel. The caller puts it in a window.
 */
public final class ActivityView {

    private final ActivityViewModel model;
    private final Messages messages;
    private final FileDialogs files;

    public ActivityView(ActivityViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
    }

    public Parent build() {
        DatePicker since = new DatePicker();
        since.setId("activitySince");
        since.setPromptText(messages.get("activity.anyDay"));
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.valueProperty().addListener((observable, old, now) -> model.search());

        TextField desktop = new TextField();
        desktop.setId("activityDesktop");
        desktop.setPromptText(messages.get("activity.anyDesktop"));
        desktop.textProperty().bindBidirectional(model.desktopProperty());
        desktop.setOnAction(event -> model.search());

        ComboBox<Action> action = new ComboBox<>();
        action.setId("activityAction");
        action.getItems().add(null);
        action.getItems().addAll(Action.values());
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(Action value) {
                return value == null ? messages.get("activity.anyAction") : messages.get("activity.action." + value.name());
            }

            @Override
            public Action fromString(String text) {
                return null;
            }
        });
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.valueProperty().addListener((observable, old, now) -> model.search());

        Button search = new Button(messages.get("activity.search"));
        search.setId("activitySearch");
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button(messages.get("activity.export"));
        export.setId("activityExport");
        export.setOnAction(event -> export(export));
        since.setPrefWidth(150);
        desktop.setPrefColumnCount(12);
        HBox filters = new HBox(8, label("activity.since"), since, label("activity.desktop"), desktop,
                label("activity.actionLabel"), action, search, gap, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        // Labels and buttons keep their whole text; the fields give way first.
        for (Button button : List.of(search, export)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        TableView<Row> table = new TableView<>(model.rows());
        table.setId("activityTable");
        table.setPlaceholder(new Label(messages.get("activity.none")));
        table.getColumns().addAll(List.of(column("activity.column.when", Row::when),
                column("activity.column.action", Row::action), column("activity.column.what", Row::what),
                column("activity.column.before", Row::before), column("activity.column.after", Row::after),
                column("trash.column.desktop", Row::desktop), column("trash.column.user", Row::user)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button more = new Button(messages.get("activity.loadMore"));
        more.setId("activityMore");
        more.disableProperty().bind(model.moreProperty().not());
        more.setOnAction(event -> model.loadMore());

        VBox root = new VBox(8, filters, table, more);
        root.setPadding(new Insets(12));
        model.search();
        return root;
    }

    private void export(Button from) {
        List<FileDialogs.Filter> filters = List.of(new FileDialogs.Filter(messages.get("export.filter.xlsx"), "*.xlsx"),
                new FileDialogs.Filter(messages.get("export.filter.csv"), "*.csv"));
        files.save(from.getScene().getWindow(), messages.get("activity.export"), UserFolders.documents(),
                "wa-contacts-activity.xlsx", filters).ifPresent(model::export);
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
