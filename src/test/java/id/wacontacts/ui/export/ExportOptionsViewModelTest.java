package id.wacontacts.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.service.transfer.ExportOptions;
import id.wacontacts.service.transfer.ExportOptions.CustomColumn;
import id.wacontacts.service.transfer.ExportOptions.Field;
import id.wacontacts.service.transfer.ExportOptions.NameSource;
import id.wacontacts.service.transfer.ExportOptions.NumberForm;
import id.wacontacts.service.transfer.ExportOptions.Preset;
import org.junit.jupiter.api.Test;

/** The export dialog's choices become the service's options; mobiles only follows the preset. */
class ExportOptionsViewModelTest {

    private final ExportOptionsViewModel model = new ExportOptionsViewModel();

    @Test
    void theWhatsAppPresetsTurnMobilesOnlyOnAndTheOthersOff() {
        assertThat(model.options()).isEqualTo(ExportOptions.STANDARD);
        model.presetProperty().set(Preset.WHATSAPP);
        assertThat(model.mobileOnlyProperty().get()).isTrue();
        model.presetProperty().set(Preset.WAME);
        assertThat(model.options().mobileOnly()).isTrue();
        model.presetProperty().set(Preset.CUSTOM);
        assertThat(model.options().mobileOnly()).isFalse();
    }

    @Test
    void theChoicesReachTheOptions() {
        model.presetProperty().set(Preset.WHATSAPP);
        model.nameProperty().set(NameSource.FIXED);
        model.fixedNameProperty().set("Bapak/Ibu");
        model.mobileOnlyProperty().set(false);
        model.splitProperty().set(true);
        model.splitRowsProperty().set(500);

        ExportOptions options = model.options();

        assertThat(options.preset()).isEqualTo(Preset.WHATSAPP);
        assertThat(options.name()).isEqualTo(NameSource.FIXED);
        assertThat(options.fixedName()).isEqualTo("Bapak/Ibu");
        assertThat(options.mobileOnly()).isFalse();
        assertThat(options.splitRows()).isEqualTo(500);
        assertThat(options.numberForm()).isEqualTo(NumberForm.DIGITS);
    }

    @Test
    void aCustomExportHasThePickedColumnsInOrderWithTheirHeaders() {
        model.presetProperty().set(Preset.CUSTOM);
        model.includedProperty(Field.ORIGINAL).set(true);
        model.includedProperty(Field.CATEGORY).set(false);
        model.headerProperty(Field.PHONE).set("Nomor HP");
        model.numberFormProperty().set(NumberForm.NATIONAL);

        assertThat(model.options().columns()).containsExactly(new CustomColumn(Field.PHONE, "Nomor HP"),
                new CustomColumn(Field.ORIGINAL, "original"));
        assertThat(model.options().numberForm()).isEqualTo(NumberForm.NATIONAL);
    }
}
