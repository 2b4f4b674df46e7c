package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.phone.NormalizationResult.Rejected;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Everything that is not one real number is refused, with the reason a person can act on. */
class RejectionsTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer("ID");

    static Stream<Arguments> entriesThatAreNotOneNumber() {
        return Stream.of(
                Arguments.of("", RejectReason.EMPTY),
                Arguments.of("   ", RejectReason.EMPTY),
                Arguments.of("\t", RejectReason.EMPTY),
                Arguments.of("\u00A0\u3000", RejectReason.EMPTY),
                Arguments.of("\u202A\u202C", RejectReason.EMPTY),
                Arguments.of("'", RejectReason.EMPTY),
                Arguments.of("=\"\"", RejectReason.EMPTY),
                Arguments.of("0812-3456-7890 0812-3456-7890 0812-3456-7890 0812-3", RejectReason.TOO_LONG_FOR_COLUMN),
                Arguments.of("0".repeat(51), RejectReason.TOO_LONG_FOR_COLUMN),
                Arguments.of("Nomor WhatsApp pelanggan kami: 0812-3456-7890 (Bu Sari)", RejectReason.TOO_LONG_FOR_COLUMN),
                Arguments.of("08xx-xxxx-xxxx", RejectReason.CONTAINS_LETTERS),
                Arguments.of("0812-XXXX-XXXX", RejectReason.CONTAINS_LETTERS),
                Arguments.of("0812-3456-789O", RejectReason.CONTAINS_LETTERS),
                Arguments.of("1-800-FLOWERS", RejectReason.CONTAINS_LETTERS),
                Arguments.of("N/A", RejectReason.CONTAINS_LETTERS),
                Arguments.of("tidak ada", RejectReason.CONTAINS_LETTERS),
                Arguments.of("Budi 0812-3456-7890", RejectReason.CONTAINS_LETTERS),
                Arguments.of("021-5551234 ext. 12", RejectReason.CONTAINS_LETTERS),
                Arguments.of("6,28123E+12", RejectReason.SCIENTIFIC_NOTATION),
                Arguments.of("6.28123E+12", RejectReason.SCIENTIFIC_NOTATION),
                Arguments.of("6,28123e+12", RejectReason.SCIENTIFIC_NOTATION),
                Arguments.of("8,12346E+10", RejectReason.SCIENTIFIC_NOTATION),
                Arguments.of("#0812-3456-7890", RejectReason.INVALID_CHARACTER),
                Arguments.of("0812*3456*7890", RejectReason.INVALID_CHARACTER),
                Arguments.of("\"0812-3456-7890\"", RejectReason.INVALID_CHARACTER),
                Arguments.of("0812_3456_7890", RejectReason.INVALID_CHARACTER),
                Arguments.of("\u260E 0812-3456-7890", RejectReason.INVALID_CHARACTER),
                Arguments.of("?", RejectReason.INVALID_CHARACTER),
                Arguments.of("+62 812+3456+7890", RejectReason.INVALID_CHARACTER),
                Arguments.of("-", RejectReason.NO_DIGITS),
                Arguments.of("---", RejectReason.NO_DIGITS),
                Arguments.of("( ) -", RejectReason.NO_DIGITS),
                Arguments.of("...", RejectReason.NO_DIGITS),
                Arguments.of("+", RejectReason.NO_DIGITS),
                Arguments.of("/", RejectReason.NO_DIGITS),
                Arguments.of("0812-3456-7890 / 0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890/0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("081234567890, 081311112222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890; 0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890 | 0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890\n0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("(021) 555-1234 / 0812-3456-7890", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890 0813-1111-2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812 3456 7890 0813 1111 2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("+62 812 3456 7890 +62 813 1111 2222", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("081234567890 +6581234567", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0812-3456-7890 / 0813-1111", RejectReason.MULTIPLE_NUMBERS),
                Arguments.of("0", RejectReason.TOO_SHORT),
                Arguments.of("00", RejectReason.TOO_SHORT),
                Arguments.of("0812", RejectReason.TOO_SHORT),
                Arguments.of("08123", RejectReason.TOO_SHORT),
                Arguments.of("+62", RejectReason.TOO_SHORT),
                Arguments.of("+628", RejectReason.TOO_SHORT),
                Arguments.of("+62 21 555", RejectReason.TOO_SHORT),
                Arguments.of("+1 415 555 267", RejectReason.TOO_SHORT),
                Arguments.of("+683 4002", RejectReason.TOO_SHORT),
                Arguments.of("081234567890123", RejectReason.TOO_LONG),
                Arguments.of("+62 812-3456-78901234", RejectReason.TOO_LONG),
                Arguments.of("0812345678901234567890", RejectReason.TOO_LONG),
                Arguments.of("+1 415 555 26711", RejectReason.TOO_LONG),
                Arguments.of("+65 812345678901", RejectReason.TOO_LONG),
                Arguments.of("+65 812345678", RejectReason.INVALID_LENGTH),
                Arguments.of("+999 1234567", RejectReason.UNKNOWN_COUNTRY_CODE),
                Arguments.of("00999 1234567", RejectReason.UNKNOWN_COUNTRY_CODE),
                Arguments.of("+0812-3456-7890", RejectReason.UNKNOWN_COUNTRY_CODE),
                Arguments.of("081234567", RejectReason.INVALID_NUMBER),
                Arguments.of("(021) 555123", RejectReason.INVALID_NUMBER),
                Arguments.of("021 1234 56789", RejectReason.INVALID_NUMBER),
                Arguments.of("0807 123 456", RejectReason.INVALID_NUMBER),
                Arguments.of("+44 20 7183 875", RejectReason.INVALID_NUMBER),
                Arguments.of("+86 138 1234 567", RejectReason.INVALID_NUMBER));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("entriesThatAreNotOneNumber")
    void rejectsWithAReason(String entered, RejectReason reason) {
        assertThat(normalizer.normalize(entered))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }

    @Test
    void treatsNullAsAnEmptyEntry() {
        assertThat(normalizer.normalize(null)).isEqualTo(new Rejected("", RejectReason.EMPTY));
    }

    @Test
    void acceptsFiftyCharactersButNotFiftyOne() {
        String fifty = "0812" + " ".repeat(38) + "34567890";
        assertThat(fifty).hasSize(50);
        assertThat(normalizer.normalize(fifty)).isInstanceOf(NormalizationResult.Normalized.class);
        assertThat(normalizer.normalize(fifty.replace("0812 ", "0812  "))).isEqualTo(
                new Rejected(fifty.replace("0812 ", "0812  "), RejectReason.TOO_LONG_FOR_COLUMN));
    }

    @Test
    void countsCharactersNotUtf16UnitsAgainstTheColumnLimit() {
        // 26 emoji are 52 UTF-16 units but 26 characters: they fit the column, they are just not digits
        String emoji = "\uD83D\uDCDE".repeat(26);
        assertThat(normalizer.normalize(emoji)).isEqualTo(new Rejected(emoji, RejectReason.INVALID_CHARACTER));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            0812-3456-7890 / 91
            0812 3456 7890 12
            """)
    void doesNotMistakeATrailingFragmentForASecondNumber(String entered) {
        assertThat(normalizer.normalize(entered))
                .isInstanceOfSatisfying(Rejected.class,
                        rejected -> assertThat(rejected.reason()).isNotEqualTo(RejectReason.MULTIPLE_NUMBERS));
    }
}
