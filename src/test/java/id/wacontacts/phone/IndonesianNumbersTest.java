package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.phone.NormalizationResult.Normalized;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way office staff write Indonesian numbers ends as the same E.164 string. */
class IndonesianNumbersTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer("ID");

    static Stream<String> oneMobileWrittenEveryWay() {
        return Stream.of(
                "081234567890",
                "0812-3456-7890",
                "0812 3456 7890",
                "0812.3456.7890",
                "(0812) 3456 7890",
                "0812 - 3456 - 7890",
                "81234567890",
                "812-3456-7890",
                "6281234567890",
                "62-812-3456-7890",
                "62 812 3456 7890",
                "+6281234567890",
                "+62 812-3456-7890",
                "+62 812 3456 7890",
                "+62-812-3456-7890",
                "+62.812.3456.7890",
                "(+62) 812-3456-7890",
                "+62 (812) 3456-7890",
                "+62 (0)812 3456 7890",
                "+62(0)81234567890",
                "+620812-3456-7890",
                "006281234567890",
                "0062 812 3456 7890",
                "0062-812-3456-7890",
                "0062 (0)812 3456 7890",
                "  0812 3456 7890  ",
                // no-break spaces, as web pages and Word put them
                "0812\u00A03456\u00A07890",
                "\u00A00812-3456-7890\u00A0",
                "0812\u202F3456\u202F7890",
                "0812\t3456\t7890",
                "\t+62 812 3456 7890\t",
                // en dash, em dash, Unicode hyphen: autocorrect in office programs
                "0812\u20133456\u20137890",
                "0812\u20143456\u20147890",
                "0812\u20103456\u20107890",
                // full-width digits and signs from a phone's Chinese or Japanese keyboard
                "\uFF10\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10",
                "\uFF10\uFF18\uFF11\uFF12\uFF0D\uFF13\uFF14\uFF15\uFF16\uFF0D\uFF17\uFF18\uFF19\uFF10",
                "\uFF0B\uFF16\uFF12\u3000\uFF18\uFF11\uFF12\u3000\uFF13\uFF14\uFF15\uFF16\u3000\uFF17\uFF18\uFF19\uFF10",
                // Arabic-Indic digits
                "\u0660\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660",
                // WhatsApp wraps copied numbers in left-to-right embedding marks
                "\u202A+62 812-3456-7890\u202C",
                "\u202A0812-3456-7890\u202C",
                "\u200E+62 812 3456 7890\u200E",
                "0812\u200B3456\u200B7890",
                "\uFEFF081234567890",
                // Excel's ways of keeping the leading zero
                "'081234567890",
                "'0812-3456-7890",
                "=\"081234567890\"",
                "=\"0812-3456-7890\"",
                // a separator with digits on one side only is just noise
                "0812-3456-7890,",
                "0812-3456-7890 /");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("oneMobileWrittenEveryWay")
    void acceptsAnIndonesianMobileInEveryShape(String entered) {
        assertThat(normalizer.normalize(entered))
                .asInstanceOf(InstanceOfAssertFactories.type(Normalized.class))
                .extracting(Normalized::e164, Normalized::type, Normalized::region)
                .containsExactly("+6281234567890", NumberType.MOBILE, "ID");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            0811-234-567       | +62811234567
            0812-345-678       | +62812345678
            0812-3456-789      | +628123456789
            0811-1234-5678     | +6281112345678
            0813-1234-5678     | +6281312345678
            0821-1234-567      | +628211234567
            0831-1234-567      | +628311234567
            0852-1234-5678     | +6285212345678
            0857-1234-5678     | +6285712345678
            0859-1234-567      | +628591234567
            0888-1234-567      | +628881234567
            0895-1234-56789    | +62895123456789
            0899-1234-567      | +628991234567
            62812345678        | +62812345678
            """)
    void acceptsMobilesOfEveryOperatorAndLength(String entered, String e164) {
        assertThat(normalizer.normalize(entered))
                .isEqualTo(new Normalized(entered, e164, NumberType.MOBILE, "ID"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            (021) 555-1234     | +62215551234
            021-5551234        | +62215551234
            021 5551 234       | +62215551234
            0215551234         | +62215551234
            215551234          | +62215551234
            +62 21 5551234     | +62215551234
            +62 (0)21 5551234  | +62215551234
            62215551234        | +62215551234
            0062 21 555 1234   | +62215551234
            021 5000 1234      | +622150001234
            (022) 7654321      | +62227654321
            022-555-123        | +6222555123
            +62 22 7654321     | +62227654321
            (031) 567-8901     | +62315678901
            (024) 850-1234     | +62248501234
            (061) 456-7890     | +62614567890
            (0361) 234567      | +62361234567
            0361-234-567       | +62361234567
            +62 361 234567     | +62361234567
            (0274) 512345      | +62274512345
            0274 512 345       | +62274512345
            0274/512345        | +62274512345
            62 274 512345      | +62274512345
            (0411) 812345      | +62411812345
            """)
    void acceptsLandlinesWithTwoAndThreeDigitAreaCodes(String entered, String e164) {
        assertThat(normalizer.normalize(entered))
                .isEqualTo(new Normalized(entered, e164, NumberType.FIXED_LINE, "ID"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            0800 123 4567      | +628001234567  | TOLL_FREE
            0800-123-456       | +62800123456   | TOLL_FREE
            0807 1 234 567     | +628071234567  | UAN
            0804 123 4567      | +628041234567  | SHARED_COST
            0809 1 234 567     | +628091234567  | PREMIUM_RATE
            """)
    void acceptsTollFreeAndOtherServiceNumbers(String entered, String e164, NumberType type) {
        assertThat(normalizer.normalize(entered)).isEqualTo(new Normalized(entered, e164, type, "ID"));
    }
}
