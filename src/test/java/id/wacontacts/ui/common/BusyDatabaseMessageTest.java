package id.wacontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A busy server and a lost one read differently, in both languages. */
class BusyDatabaseMessageTest {

    private static final SQLException LOCK_TIMEOUT =
            new SQLException("ERROR: canceling statement due to lock timeout", "55P03");
    private static final SQLException GONE = new SQLException("An I/O error occurred", "08006");

    @Test
    void englishSaysBusyOrUnreachable() {
        ErrorMessages errors = new ErrorMessages(new Messages(Locale.ENGLISH));
        assertThat(errors.describe(new RuntimeException(LOCK_TIMEOUT))).startsWith("The database is busy");
        assertThat(errors.describe(new SQLTransientConnectionException("wa-contacts - Connection is not available")))
                .startsWith("The database is busy");
        assertThat(errors.describe(GONE)).startsWith("The database cannot be reached");
    }

    @Test
    void indonesianSaysBusyOrUnreachable() {
        ErrorMessages errors = new ErrorMessages(new Messages(Locale.forLanguageTag("id")));
        assertThat(errors.describe(LOCK_TIMEOUT)).startsWith("Database sedang sibuk");
        assertThat(errors.describe(GONE)).startsWith("Database tidak dapat dihubungi");
    }
}
