package id.wacontacts.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelTextTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "+6281234567890        | =\"+6281234567890\"",
        "0812-3456-7890        | =\"0812-3456-7890\"",
        "Pelanggan VIP         | =\"Pelanggan VIP\"",
        "=HYPERLINK(\"x\")     | =\"=HYPERLINK(\"\"x\"\")\"",
        "@SUM(A1)              | =\"@SUM(A1)\"",
        "-1+2                  | =\"-1+2\"",
        "''                    | =\"\"",
    })
    void everyTextBecomesAStringFormulaWithItsQuotesDoubled(String text, String cell) {
        assertThat(ExcelText.formula(text)).isEqualTo(cell);
    }

    @ParameterizedTest(name = "a {0} becomes a space")
    @CsvSource({"tab, 'Toko\tBaru'", "line feed, 'Toko\nBaru'", "carriage return, 'Toko\rBaru'"})
    void tabsAndLineBreaksBecomeSpacesAsTheyWouldEndTheCellOrRow(String what, String text) {
        assertThat(ExcelText.formula(text)).isEqualTo("=\"Toko Baru\"");
    }

    @ParameterizedTest(name = "[{0}] is read as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "=\"Pelanggan VIP\"            | Pelanggan VIP",
        "=\"=HYPERLINK(\"\"x\"\")\"    | =HYPERLINK(\"x\")",
        "=\"Prospek, \"\"Jakarta\"\"\" | Prospek, \"Jakarta\"",
        "=\"\"                         | ''",
        "Pelanggan VIP                 | Pelanggan VIP",
        "=\"a\"b\"                     | =\"a\"b\"",
        "=\"                           | =\"",
        "=SUM(A1)                      | =SUM(A1)",
        "\"=\"\"x\"\"\"                | \"=\"\"x\"\"\"",
    })
    void aWellFormedFormulaIsReadAsItsTextAndAnythingElseAsItIs(String cell, String text) {
        assertThat(ExcelText.text(cell)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {"+6281234567890", "=HYPERLINK(\"x\")", "\"\"\"", "'' "})
    void readingAWrittenCellGivesTheTextBack(String text) {
        assertThat(ExcelText.text(ExcelText.formula(text))).isEqualTo(text);
    }
}
