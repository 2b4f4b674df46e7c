package id.wacontacts.service;

import id.wacontacts.domain.AppEvent;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NormalizationResult.Rejected;
import id.wacontacts.phone.PhoneNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.SessionFactory;

/**
 * Erases a number permanently, as Indonesia's personal-data law (UU PDP) lets a person ask: it
 * leaves the live table, the trash and the history. The history keeps its events (what happened,
 * when, from which desktop) but every stored image of the number, before and after each change,
 * holds only the masked number ({@code +62812****7890}) in both number columns. One event records
 * the erasure, with the masked number.
 *
 * <p>PostgreSQL keeps the replaced row versions on disk until it vacuums the tables (automatically,
 * soon after); backups made afterwards hold only the masked number. Backups made before still hold it.
 */
public final class Erasure {

    /** What an erasure removed. */
    public record Erased(String masked, int liveRows, int historyImages, int trashItems) {
    }

    private final SessionFactory sessions;
    private final PhoneNormalizer normalizer;

    public Erasure(SessionFactory sessions, PhoneNormalizer normalizer) {
        this.sessions = sessions;
        this.normalizer = normalizer;
    }

    /**
     * Erases the number, written in any form the app accepts.
     *
     * @throws InvalidNumberException it is not a valid phone number
     */
    public Erased erase(String rawNumber) {
        NormalizationResult result = normalizer.normalize(rawNumber == null ? "" : rawNumber);
        if (result instanceof Rejected rejected) {
            throw new InvalidNumberException(rejected);
        }
        String e164 = ((Normalized) result).e164();
        String masked = mask(e164);
        return sessions.fromTransaction(session -> {
            Erased erased = session.doReturningWork(connection -> erase(connection, e164, masked));
            AppEvents.record(session, AppEvent.Kind.ERASE, masked,
                    erased.liveRows() + (long) erased.historyImages() + erased.trashItems());
            return erased;
        });
    }

    private static Erased erase(Connection connection, String e164, String masked) throws SQLException {
        int live = update(connection, "DELETE FROM phone_numbers WHERE normalized_number = ?", e164);
        // The delete just made is found here too: its trash item goes, its image is masked.
        update(connection, """
                CREATE TEMP TABLE wa_erase ON COMMIT DROP AS
                SELECT id FROM change_log WHERE table_name = 'phone_numbers'
                  AND ((number_before).normalized_number = ? OR (number_after).normalized_number = ?)""", e164, e164);
        int trash = update(connection, "DELETE FROM trash WHERE change_id IN (SELECT id FROM wa_erase)");
        int images = 0;
        for (String image : new String[] {"number_before", "number_after"}) {
            images += update(connection, "UPDATE change_log SET " + image + " = ROW((" + image + ").id, ?, ?, ("
                    + image + ").category_id, (" + image + ").created_at, (" + image + ").updated_at)::phone_numbers"
                    + " WHERE id IN (SELECT id FROM wa_erase) AND (" + image + ").normalized_number = ?",
                    masked, masked, e164);
        }
        return new Erased(masked, live, images, trash);
    }

    private static int update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.execute();
            return Math.max(statement.getUpdateCount(), 0);
        }
    }

    /** {@code +6281234567890} → {@code +62812****7890}: the country and operator prefix and the last four digits. */
    public static String mask(String e164) {
        int keepStart = e164.length() > 10 ? 6 : 3;
        int keepEnd = e164.length() > 10 ? 4 : 2;
        if (e164.length() <= keepStart + keepEnd) {
            return "*".repeat(e164.length());
        }
        return e164.substring(0, keepStart) + "*".repeat(e164.length() - keepStart - keepEnd)
                + e164.substring(e164.length() - keepEnd);
    }
}
