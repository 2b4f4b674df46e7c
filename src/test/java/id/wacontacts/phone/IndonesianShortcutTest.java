package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The normaliser builds "+62…" numbers itself; it must build exactly what libphonenumber's parse does. */
class IndonesianShortcutTest {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** Every leading digit 1–9, every national length 2–15, with random, all-0 and all-9 tails. */
    static List<String> candidates() {
        Random random = new Random(62);
        List<String> candidates = new ArrayList<>();
        for (int first = 1; first <= 9; first++) {
            for (int length = 2; length <= 15; length++) {
                candidates.add("+62" + first + "0".repeat(length - 1));
                candidates.add("+62" + first + "9".repeat(length - 1));
                for (int sample = 0; sample < 50; sample++) {
                    StringBuilder number = new StringBuilder("+62").append(first);
                    for (int i = 1; i < length; i++) {
                        number.append(random.nextInt(10));
                    }
                    candidates.add(number.toString());
                }
            }
        }
        return candidates;
    }

    @Test
    void buildsWhatParseBuildsForEveryLengthAndLeadingDigit() throws NumberParseException {
        List<String> candidates = candidates();
        assertThat(candidates).hasSize(9 * 14 * 52);
        for (String candidate : candidates) {
            PhoneNumber built = PhoneNormalizer.indonesianE164(candidate);
            PhoneNumber parsed = util.parse(candidate, "ID");
            assertThat(built).as(candidate).isNotNull();
            assertThat(built.exactlySameAs(parsed)).as("%s: built %s, parsed %s", candidate, built, parsed).isTrue();
            // Whatever region the normaliser is set to, an international number reads the same.
            assertThat(built.exactlySameAs(util.parse(candidate, "US"))).as(candidate).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+620812345678", "+62", "+628", "+628123456789012345", "+61412345678", "081234567890",
        "6281234567890", "+62812a4567890", "+62812 34567890", "+62812-3456-7890"})
    void leavesEveryOtherShapeToParse(String candidate) {
        assertThat(PhoneNormalizer.indonesianE164(candidate)).isNull();
    }
}
