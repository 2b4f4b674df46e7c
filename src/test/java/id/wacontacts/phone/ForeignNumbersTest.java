package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers of other countries, and a default region other than Indonesia. */
class ForeignNumbersTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer("ID");

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2} {3}")
    @CsvSource(delimiterString = "|", textBlock = """
            +1 (415) 555-2671     | +14155552671   | FIXED_LINE_OR_MOBILE | US
            001 415 555 2671      | +14155552671   | FIXED_LINE_OR_MOBILE | US
            +1 201-555-0123       | +12015550123   | FIXED_LINE_OR_MOBILE | US
            +44 20 7183 8750      | +442071838750  | FIXED_LINE           | GB
            +44 (0)20 7183 8750   | +442071838750  | FIXED_LINE           | GB
            0044 20 7183 8750     | +442071838750  | FIXED_LINE           | GB
            +44 7400 123456       | +447400123456  | MOBILE               | GB
            0044 7400 123456      | +447400123456  | MOBILE               | GB
            +60 12-345 6789       | +60123456789   | MOBILE               | MY
            +60 (0)12-345 6789    | +60123456789   | MOBILE               | MY
            0060 12 345 6789      | +60123456789   | MOBILE               | MY
            +65 8123 4567         | +6581234567    | MOBILE               | SG
            0065 6123 4567        | +6561234567    | FIXED_LINE           | SG
            +61 412 345 678       | +61412345678   | MOBILE               | AU
            0061 2 9876 5432      | +61298765432   | FIXED_LINE           | AU
            +91 98765 43210       | +919876543210  | MOBILE               | IN
            0091 9876543210       | +919876543210  | MOBILE               | IN
            +86 138 1234 5678     | +8613812345678 | MOBILE               | CN
            0086 10 1234 5678     | +861012345678  | FIXED_LINE           | CN
            +800 1234 5678        | +80012345678   | TOLL_FREE            | 001
            """)
    void acceptsNumbersOfOtherCountriesWithPlusOrDoubleZero(String entered, String e164, NumberType type, String region) {
        assertThat(normalizer.normalize(entered)).isEqualTo(new Normalized(entered, e164, type, region));
    }

    @ParameterizedTest(name = "[{index}] MY: {0} -> {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            012-345 6789          | +60123456789   | MOBILE     | MY
            03-2123 4567          | +60321234567   | FIXED_LINE | MY
            60123456789           | +60123456789   | MOBILE     | MY
            +62 812-3456-7890     | +6281234567890 | MOBILE     | ID
            0062 812 3456 7890    | +6281234567890 | MOBILE     | ID
            """)
    void readsNationalNumbersWithTheConfiguredRegion(String entered, String e164, NumberType type, String region) {
        assertThat(new PhoneNormalizer("MY").normalize(entered)).isEqualTo(new Normalized(entered, e164, type, region));
    }

    @ParameterizedTest(name = "[{index}] MY: {0}")
    @CsvSource({"0812-3456-7890", "6281234567890", "8123456789"})
    void appliesTheIndonesianShortcutsOnlyWhenTheRegionIsIndonesia(String entered) {
        assertThat(new PhoneNormalizer("MY").normalize(entered)).isInstanceOf(Rejected.class);
    }

    @Test
    void readsTheUsInternationalPrefixWhenTheRegionIsTheUs() {
        assertThat(new PhoneNormalizer("US").normalize("011 62 812 3456 7890"))
                .isEqualTo(new Normalized("011 62 812 3456 7890", "+6281234567890", NumberType.MOBILE, "ID"));
    }

    @Test
    void acceptsTheRegionInAnyCase() {
        assertThat(new PhoneNormalizer("my").defaultRegion()).isEqualTo("MY");
    }

    @Test
    void refusesAnUnknownRegion() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNormalizer("XX"));
    }
}
