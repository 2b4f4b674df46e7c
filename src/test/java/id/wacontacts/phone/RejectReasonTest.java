package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectReasonTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @ParameterizedTest
    @EnumSource(RejectReason.class)
    void everyReasonHasAMessageInIndonesianAndEnglish(RejectReason reason) {
        String indonesian = reason.message(INDONESIAN);
        String english = reason.message(Locale.ENGLISH);
        assertThat(indonesian).isNotBlank();
        assertThat(english).isNotBlank();
        assertThat(indonesian).isNotEqualTo(english);
    }

    @Test
    void speaksIndonesianWhateverWayTheLocaleIsSpelled() {
        String expected = RejectReason.CONTAINS_LETTERS.message(INDONESIAN);
        assertThat(RejectReason.CONTAINS_LETTERS.message(Locale.forLanguageTag("id"))).isEqualTo(expected);
        // the pre-2003 ISO code Java used for Indonesian
        @SuppressWarnings("deprecation")
        Locale legacy = new Locale("in", "ID");
        assertThat(RejectReason.CONTAINS_LETTERS.message(legacy)).isEqualTo(expected);
    }

    @Test
    void fallsBackToEnglishForOtherLanguages() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(INDONESIAN);
        try {
            assertThat(RejectReason.TOO_SHORT.message(Locale.FRENCH)).isEqualTo(RejectReason.TOO_SHORT.message(Locale.ENGLISH));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void tellsExcelUsersToFormatTheColumnAsText() {
        assertThat(RejectReason.SCIENTIFIC_NOTATION.message(Locale.ENGLISH)).contains("Format the column as Text");
        assertThat(RejectReason.SCIENTIFIC_NOTATION.message(INDONESIAN)).contains("Format kolom sebagai Teks");
    }
}
