package id.wacontacts.ui.export;

import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportOptions.CustomColumn;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The choices asked before an export: the preset and its settings, mobiles only (on by default for
 * the WhatsApp presets, changed with the preset), and files of at most N rows.
 */
public final class ExportOptionsViewModel {

    /** Rows per file offered first: what several broadcast tools accept at most. */
    public static final int DEFAULT_SPLIT = 1_000;

    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.STANDARD);
    private final ObjectProperty<NameSource> name = new SimpleObjectProperty<>(NameSource.CATEGORY);
    private final StringProperty fixedName = new SimpleStringProperty("");
    private final ObjectProperty<NumberForm> numberForm = new SimpleObjectProperty<>(NumberForm.INTERNATIONAL);
    private final BooleanProperty mobileOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty split = new SimpleBooleanProperty(false);
    private final IntegerProperty splitRows = new SimpleIntegerProperty(DEFAULT_SPLIT);
    private final Map<Field, BooleanProperty> included = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> headers = new EnumMap<>(Field.class);

    public ExportOptionsViewModel() {
        for (Field field : Field.values()) {
            included.put(field, new SimpleBooleanProperty(field == Field.PHONE || field == Field.CATEGORY));
            headers.put(field, new SimpleStringProperty(field.name().toLowerCase(Locale.ROOT)));
        }
        preset.addListener((observable, old, chosen) -> mobileOnly.set(chosen.mobileOnlyByDefault()));
    }

    /** The options as chosen; a custom export with no column keeps the phone. */
    public ExportOptions options() {
        ExportOptions options = ExportOptions.of(preset.get())
                .withMobileOnly(mobileOnly.get())
                .withSplitRows(split.get() ? Math.max(1, splitRows.get()) : 0)
                .withName(name.get(), fixedName.get());
        if (preset.get() == Preset.CUSTOM) {
            List<CustomColumn> columns = new ArrayList<>();
            for (Field field : Field.values()) {
                if (included.get(field).get()) {
                    columns.add(new CustomColumn(field, headers.get(field).get()));
                }
            }
            if (columns.isEmpty()) {
                columns.add(new CustomColumn(Field.PHONE, headers.get(Field.PHONE).get()));
            }
            options = options.withColumns(columns).withNumberForm(numberForm.get());
        }
        return options;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<NameSource> nameProperty() {
        return name;
    }

    public StringProperty fixedNameProperty() {
        return fixedName;
    }

    public ObjectProperty<NumberForm> numberFormProperty() {
        return numberForm;
    }

    public BooleanProperty mobileOnlyProperty() {
        return mobileOnly;
    }

    public BooleanProperty splitProperty() {
        return split;
    }

    public IntegerProperty splitRowsProperty() {
        return splitRows;
    }

    public BooleanProperty includedProperty(Field field) {
        return included.get(field);
    }

    public StringProperty headerProperty(Field field) {
        return headers.get(field);
    }
}
