package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.wacontacts.db.DatabaseStartException.Problem;
import id.wacontacts.service.ImportException;
import id.wacontacts.service.NotFoundException;
import id.wacontacts.service.ValidationException.Rule;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything: a key missing in one fails the build. */
class MessagesTest {

    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages indonesian = new Messages(Messages.INDONESIAN);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> englishKeys = new TreeSet<>(Collections.list(english.bundle().getKeys()));
        Set<String> indonesianKeys = new TreeSet<>(Collections.list(indonesian.bundle().getKeys()));
        assertThat(indonesianKeys).isEqualTo(englishKeys);
    }

    @Test
    void theLanguagesReallyDiffer() {
        assertThat(indonesian.get("main.categories")).isEqualTo("Kategori");
        assertThat(english.get("main.categories")).isEqualTo("Categories");
    }

    @Test
    void everyErrorTheCoreCanRaiseHasAMessageInBothLanguages() {
        Stream<String> keys = Stream.of(
                Arrays.stream(Problem.values()).map(p -> "error.start." + p.name()),
                Arrays.stream(Rule.values()).map(r -> "error.validation." + r.name()),
                Arrays.stream(NotFoundException.Kind.values()).map(k -> "error.notFound." + k.name()),
                Arrays.stream(ImportException.Problem.values()).map(p -> "error.import." + p.name()))
                .flatMap(s -> s);
        keys.forEach(key -> {
            assertThat(english.bundle().containsKey(key)).as(key).isTrue();
            assertThat(indonesian.bundle().containsKey(key)).as(key).isTrue();
        });
    }

    @Test
    void aPatternWithoutArgumentsIsFormattedToo() {
        // The restore prompt once read "the backup''s categories": patterns without arguments were shown raw.
        assertThat(english.get("restore.empty")).contains("the backup's categories").doesNotContain("''");
        assertThat(english.get("error.import.DAMAGED_WORKBOOK", "list.xlsx")).contains("Excel's format");
    }

    @Test
    void indonesianSystemsGetIndonesian() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("in", "ID"));
            assertThat(Messages.defaultLocale()).isEqualTo(Messages.INDONESIAN);
            Locale.setDefault(Locale.forLanguageTag("id-ID"));
            assertThat(Messages.defaultLocale()).isEqualTo(Messages.INDONESIAN);
            Locale.setDefault(Locale.GERMANY);
            assertThat(Messages.defaultLocale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numbersAreFormattedForTheLanguage() {
        assertThat(english.get("status.total", 12345, 5)).isEqualTo("12,345 numbers in 5 categories");
        assertThat(indonesian.get("status.total", 12345, 5)).isEqualTo("12.345 nomor dalam 5 kategori");
    }
}
