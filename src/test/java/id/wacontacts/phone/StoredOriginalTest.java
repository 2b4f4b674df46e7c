package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is kept as original_number: what the person entered, minus what nobody can see. */
class StoredOriginalTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer("ID");

    static Stream<Arguments> enteredAndStored() {
        return Stream.of(
                Arguments.of("0812-3456-7890", "0812-3456-7890"),
                Arguments.of("  0812 3456 7890\t", "0812 3456 7890"),
                Arguments.of("\u00A00812-3456-7890\u00A0", "0812-3456-7890"),
                Arguments.of("\u202A+62 812-3456-7890\u202C", "+62 812-3456-7890"),
                Arguments.of("0812\u200B3456\u200B7890", "081234567890"),
                Arguments.of("\uFEFF081234567890", "081234567890"),
                Arguments.of("'081234567890", "081234567890"),
                Arguments.of(" '0812 3456 7890", "0812 3456 7890"),
                Arguments.of("=\"0812-3456-7890\"", "0812-3456-7890"),
                Arguments.of("=\" 0812-3456-7890 \"", "0812-3456-7890"),
                Arguments.of("\uFF10\uFF18\uFF11\uFF12", "\uFF10\uFF18\uFF11\uFF12"),
                Arguments.of("08xx-xxxx-xxxx", "08xx-xxxx-xxxx"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" stored as \"{1}\"")
    @MethodSource("enteredAndStored")
    void keepsTheEntryWithoutInvisibleCharactersOrSpreadsheetWrappers(String entered, String stored) {
        assertThat(normalizer.normalize(entered).original()).isEqualTo(stored);
    }
}
