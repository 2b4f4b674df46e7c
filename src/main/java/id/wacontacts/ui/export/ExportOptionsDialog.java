package id.wacontacts.ui.export;

import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import id.wacontacts.ui.common.Messages;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Export's first step: the preset (the app's columns, WhatsApp broadcast, wa.me links or
 * custom columns) and the options of every format. Standard controls only, each labelled with a
 * mnemonic, so the whole dialog is usable from the keyboard and by screen readers.
 */
public final class ExportOptionsDialog {

    private final ExportOptionsViewModel model;
    private final Messages messages;

    public ExportOptionsDialog(ExportOptionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Asks; empty when the user cancels. */
    public Optional<ExportOptions> ask(Window owner) {
        Dialog<ExportOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.getDialogPane().setId("exportOptionsDialog");
        dialog.getDialogPane().setContent(build());
        ButtonType next = new ButtonType(messages.get("presets.next"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == next ? model.options() : null);
        return dialog.showAndWait();
    }

    /** The dialog's content, also shown on its own by the screenshot tool. */
    public Node build() {
        ComboBox<Preset> preset = choice("exportPreset", Preset.values(), value -> messages.get(switch (value) {
            case STANDARD -> "presets.preset.standard";
            case WHATSAPP -> "presets.preset.whatsapp";
            case WAME -> "presets.preset.wame";
            case CUSTOM -> "presets.preset.custom";
        }));
        preset.valueProperty().bindBidirectional(model.presetProperty());

        ComboBox<NameSource> name = choice("exportName", NameSource.values(), value -> messages.get(switch (value) {
            case CATEGORY -> "presets.name.category";
            case EMPTY -> "presets.name.empty";
            case FIXED -> "presets.name.fixed";
        }));
        name.valueProperty().bindBidirectional(model.nameProperty());
        TextField fixed = new TextField();
        fixed.setId("exportFixedName");
        fixed.textProperty().bindBidirectional(model.fixedNameProperty());
        fixed.setAccessibleText(messages.get("presets.name.fixed"));
        fixed.disableProperty().bind(model.nameProperty().isNotEqualTo(NameSource.FIXED));

        GridPane whatsapp = grid();
        whatsapp.addRow(0, label("presets.name", name), name, fixed);
        whatsapp.visibleProperty().bind(model.presetProperty().isEqualTo(Preset.WHATSAPP));
        whatsapp.managedProperty().bind(whatsapp.visibleProperty());

        GridPane custom = grid();
        int row = 0;
        for (Field field : Field.values()) {
            CheckBox include = new CheckBox(messages.get(fieldKey(field)));
            include.setId("exportColumn" + field.name());
            include.selectedProperty().bindBidirectional(model.includedProperty(field));
            TextField header = new TextField();
            header.setId("exportHeader" + field.name());
            header.textProperty().bindBidirectional(model.headerProperty(field));
            header.setAccessibleText(messages.get("presets.header", messages.get(fieldKey(field))));
            header.disableProperty().bind(include.selectedProperty().not());
            custom.addRow(row++, include, header);
        }
        ComboBox<NumberForm> form = choice("exportNumberForm", NumberForm.values(), value -> switch (value) {
            case INTERNATIONAL -> "+6281234567890";
            case DIGITS -> "6281234567890";
            case NATIONAL -> "081234567890";
        });
        form.valueProperty().bindBidirectional(model.numberFormProperty());
        custom.addRow(row, label("presets.numberForm", form), form);
        custom.visibleProperty().bind(model.presetProperty().isEqualTo(Preset.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        CheckBox mobileOnly = new CheckBox(messages.get("presets.mobileOnly"));
        mobileOnly.setId("exportMobileOnly");
        mobileOnly.selectedProperty().bindBidirectional(model.mobileOnlyProperty());
        CheckBox split = new CheckBox(messages.get("presets.split"));
        split.setId("exportSplit");
        split.selectedProperty().bindBidirectional(model.splitProperty());
        Spinner<Integer> rows = new Spinner<>(1, 1_000_000, model.splitRowsProperty().get(), 100);
        rows.setId("exportSplitRows");
        rows.setEditable(true);
        rows.setAccessibleText(messages.get("presets.splitRows"));
        rows.valueProperty().addListener((observable, old, value) -> model.splitRowsProperty().set(value));
        rows.disableProperty().bind(split.selectedProperty().not());
        GridPane options = grid();
        options.addRow(0, mobileOnly);
        options.addRow(1, split, rows);

        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> messages.get(switch (model.presetProperty().get()) {
            case STANDARD -> "presets.hint.standard";
            case WHATSAPP -> "presets.hint.whatsapp";
            case WAME -> "presets.hint.wame";
            case CUSTOM -> "presets.hint.custom";
        }), model.presetProperty()));

        GridPane top = grid();
        top.addRow(0, label("presets.preset", preset), preset);
        VBox content = new VBox(12, top, hint, whatsapp, custom, options);
        content.setPadding(new Insets(8));
        return content;
    }

    private static String fieldKey(Field field) {
        return switch (field) {
            case PHONE -> "presets.field.phone";
            case ORIGINAL -> "presets.field.original";
            case CATEGORY -> "presets.field.category";
            case CREATED_AT -> "presets.field.created";
            case TYPE -> "presets.field.type";
        };
    }

    private Label label(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> names) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(value -> names.apply(value).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }
}
