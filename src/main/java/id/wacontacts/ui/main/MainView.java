package id.wacontacts.ui.main;

import id.wacontacts.domain.CategoryCount;
import id.wacontacts.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's layout, bound to {@link MainViewModel}; no logic of its own. */
public final class MainView {

    private final MainViewModel model;
    private final Messages messages;

    public MainView(MainViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setCenter(center());
        root.setBottom(statusBar());
        return root;
    }

    private Parent center() {
        Label heading = new Label(messages.get("main.categories"));
        heading.getStyleClass().add("heading");

        Button refresh = new Button(messages.get("main.refresh"));
        refresh.setId("refreshButton");
        refresh.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        refresh.setOnAction(event -> model.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<CategoryCount> table = categoryTable();

        Label failure = new Label();
        failure.setId("failureMessage");
        failure.setWrapText(true);
        failure.getStyleClass().add("failure");
        failure.textProperty().bind(model.failureProperty());
        failure.visibleProperty().bind(model.failureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());

        StackPane body = new StackPane(table);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox center = new VBox(8, header, failure, body);
        center.setPadding(new Insets(12));
        return center;
    }

    private TableView<CategoryCount> categoryTable() {
        TableView<CategoryCount> table = new TableView<>(model.categories());
        table.setId("categoryTable");
        table.setPlaceholder(new Label(messages.get("main.emptyCategories")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<CategoryCount, String> name = new TableColumn<>(messages.get("column.name"));
        name.setId("nameColumn");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(220);

        TableColumn<CategoryCount, Long> count = new TableColumn<>(messages.get("column.count"));
        count.setId("countColumn");
        count.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().phoneCount()));
        count.setPrefWidth(110);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<CategoryCount, String> description = new TableColumn<>(messages.get("column.description"));
        description.setId("descriptionColumn");
        description.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().category().description()));
        description.setPrefWidth(420);

        table.getColumns().add(name);
        table.getColumns().add(count);
        table.getColumns().add(description);
        return table;
    }

    private Parent statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("busyIndicator");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());

        Label location = new Label();
        location.setId("databaseLocation");
        location.textProperty().bind(model.databaseLocationProperty());
        location.setMinWidth(Region.USE_PREF_SIZE);
        location.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> Double.MAX_VALUE));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, status, spacer, location);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
