package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneFormatsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            +6281234567890 | 0812-3456-7890  | +62 812-3456-7890   | 6281234567890
            +628123456789  | 0812-3456-789   | +62 812-3456-789    | 628123456789
            +62215551234   | (021) 5551234   | +62 21 5551234      | 62215551234
            +62361234567   | (0361) 234567   | +62 361 234567      | 62361234567
            +628001234567  | 0800 1234567    | +62 800 1234567     | 628001234567
            +14155552671   | (415) 555-2671  | +1 415-555-2671     | 14155552671
            +447400123456  | 07400 123456    | +44 7400 123456     | 447400123456
            +60123456789   | 012-345 6789    | +60 12-345 6789     | 60123456789
            """)
    void showsAStoredNumberNationallyInternationallyAndAsWaMeDigits(
            String e164, String national, String international, String waMeDigits) {
        assertThat(PhoneFormats.format(e164, DisplayFormat.NATIONAL)).isEqualTo(national);
        assertThat(PhoneFormats.format(e164, DisplayFormat.INTERNATIONAL)).isEqualTo(international);
        assertThat(PhoneFormats.format(e164, DisplayFormat.E164)).isEqualTo(e164);
        assertThat(PhoneFormats.waMeDigits(e164)).isEqualTo(waMeDigits);
    }

    @Test
    void buildsAWhatsAppLink() {
        assertThat(PhoneFormats.waMeLink("+6281234567890")).isEqualTo("https://wa.me/6281234567890");
    }

    @Test
    void formatsWhatTheNormalizerStores() {
        String e164 = ((NormalizationResult.Normalized) new PhoneNormalizer("ID").normalize("+62 (0)812 3456 7890")).e164();
        assertThat(PhoneFormats.format(e164, DisplayFormat.NATIONAL)).isEqualTo("0812-3456-7890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "081234567890", "+62 812 3456 7890", "+62812345678901234"})
    void refusesWhatIsNotAStoredNumber(String notE164) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneFormats.format(notE164, DisplayFormat.NATIONAL));
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneFormats.waMeLink(notE164));
    }
}
