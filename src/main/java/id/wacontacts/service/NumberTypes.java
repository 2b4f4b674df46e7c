package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.domain.LineKind;
import id.wacontacts.phone.LibraryVersion;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.phone.NormalizationResult.Normalized;
import id.wacontacts.phone.NumberType;
import id.wacontacts.phone.PhoneNormalizer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps number_types (what kind of line each number is) in step with phone_numbers where the
 * database's triggers cannot: they copy category and date and mark a number written by another
 * program "not checked yet"; this classifies such numbers with libphonenumber, and writes the row
 * of a number the app itself adds or edits. Rows of numbers stored before the table existed are
 * created here too, in the background ({@link #catchUp}), so a large database opens as fast as before.
 */
public final class NumberTypes {

    private static final Logger log = LoggerFactory.getLogger(NumberTypes.class);
    /** Rows created or classified per transaction: short locks, progress visible to others. */
    static final int BATCH = 10_000;

    private static final String UPSERT = "INSERT INTO number_types"
            + " (phone_number_id, category_id, sort_time, kind, line_type, validated_with)"
            + " SELECT pn.id, pn.category_id, COALESCE(pn.created_at, '-infinity'), ?, ?, ?"
            + " FROM phone_numbers pn WHERE pn.id = ?"
            + " ON CONFLICT (phone_number_id) DO UPDATE SET kind = excluded.kind, line_type = excluded.line_type,"
            + " validated_with = excluded.validated_with, category_id = excluded.category_id,"
            + " sort_time = excluded.sort_time";

    private static final String MISSING = "INSERT INTO number_types (phone_number_id, category_id, sort_time)"
            + " SELECT pn.id, pn.category_id, COALESCE(pn.created_at, '-infinity') FROM phone_numbers pn"
            + " WHERE pn.id > ? AND pn.id <= ? ON CONFLICT (phone_number_id) DO NOTHING";

    private static final String PENDING = "SELECT nt.phone_number_id, pn.normalized_number FROM number_types nt"
            + " JOIN phone_numbers pn ON pn.id = nt.phone_number_id WHERE nt.kind = 0"
            + " ORDER BY nt.kind, nt.sort_time DESC, nt.phone_number_id DESC LIMIT ?";

    private static final String CLASSIFY = "UPDATE number_types t SET kind = v.kind, line_type = v.line_type,"
            + " validated_with = ? FROM unnest(?::integer[], ?::smallint[], ?::text[]) AS v (id, kind, line_type)"
            + " WHERE t.phone_number_id = v.id AND t.kind = 0";

    private final DataSource dataSource;
    private final PhoneNormalizer normalizer;

    public NumberTypes(DataSource dataSource, PhoneNormalizer normalizer) {
        this.dataSource = dataSource;
        this.normalizer = normalizer;
    }

    /** The filter's group of a valid number's type. */
    public static LineKind kindOf(NumberType type) {
        return switch (type) {
            case MOBILE, FIXED_LINE_OR_MOBILE -> LineKind.MOBILE;
            case FIXED_LINE -> LineKind.FIXED_LINE;
            default -> LineKind.OTHER;
        };
    }

    /** What the bundled libphonenumber says of a stored E.164 number. */
    Classification classify(String e164) {
        NormalizationResult result = normalizer.normalize(e164);
        if (result instanceof Normalized normalized) {
            return new Classification(kindOf(normalized.type()), normalized.type().name());
        }
        return new Classification(LineKind.INVALID, null);
    }

    /** A number's kind, and libphonenumber's exact type (null when invalid). */
    record Classification(LineKind kind, String lineType) {
    }

    /** Writes the row of a number the app just stored or changed, in the caller's transaction. */
    static void record(Session session, int id, Normalized number) {
        session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setShort(1, (short) kindOf(number.type()).code());
                upsert.setString(2, number.type().name());
                upsert.setString(3, LibraryVersion.current());
                upsert.setInt(4, id);
                upsert.executeUpdate();
            }
        });
    }

    /**
     * Creates the rows of numbers that have none (stored before number_types existed) and classifies
     * every number not checked yet, batch by batch. Safe to run on several desktops at once.
     *
     * @return how many numbers were classified
     */
    public long catchUp(Cancellation cancellation) {
        try (Connection connection = dataSource.getConnection()) {
            createMissingRows(connection, cancellation);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot classify the numbers not checked yet", e);
        }
        long classified = classifyAllPending(cancellation);
        if (classified > 0) {
            log.info("Classified {} numbers not checked yet", classified);
        }
        return classified;
    }

    /**
     * Classifies every number whose row says "not checked yet" (written by another program, or put back
     * by an undo or a restore through the triggers), a batch per transaction; unlike {@link #catchUp} it
     * does not look for numbers without a row.
     *
     * @return how many numbers were classified
     */
    public long classifyAllPending(Cancellation cancellation) {
        long classified = 0;
        int done;
        do {
            cancellation.check();
            done = classifyPending(BATCH);
            classified += done;
        } while (done == BATCH);
        return classified;
    }

    /** Classifies at most {@code limit} numbers not checked yet (newest first); returns how many. */
    public int classifyPending(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return classifyPending(connection, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot classify the numbers not checked yet", e);
        }
    }

    private void createMissingRows(Connection connection, Cancellation cancellation) throws SQLException {
        long max;
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT CASE WHEN (SELECT count(*) FROM number_types) < (SELECT count(*) FROM phone_numbers)"
                        + " THEN (SELECT coalesce(max(id), 0) FROM phone_numbers) ELSE 0 END");
             ResultSet rs = check.executeQuery()) {
            rs.next();
            max = rs.getLong(1);
        }
        if (max == 0) {
            return;
        }
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement(MISSING)) {
            for (long from = 0; from < max; from += BATCH * 10L) {
                cancellation.check();
                insert.setLong(1, from);
                insert.setLong(2, from + BATCH * 10L);
                insert.executeUpdate();
            }
        }
    }

    private int classifyPending(Connection connection, int limit) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            LongWork.allow(connection);
            List<Integer> ids = new ArrayList<>();
            List<Short> kinds = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (PreparedStatement pending = connection.prepareStatement(PENDING)) {
                pending.setInt(1, limit);
                try (ResultSet rs = pending.executeQuery()) {
                    while (rs.next()) {
                        Classification found = classify(rs.getString(2));
                        ids.add(rs.getInt(1));
                        kinds.add((short) found.kind().code());
                        types.add(found.lineType());
                    }
                }
            }
            if (!ids.isEmpty()) {
                update(connection, ids, kinds, types);
            }
            connection.commit();
            return ids.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void update(Connection connection, List<Integer> ids, List<Short> kinds, List<String> types)
            throws SQLException {
        Array idArray = connection.createArrayOf("integer", ids.toArray());
        Array kindArray = connection.createArrayOf("smallint", kinds.toArray());
        Array typeArray = connection.createArrayOf("text", types.toArray());
        try (PreparedStatement update = connection.prepareStatement(CLASSIFY)) {
            update.setString(1, LibraryVersion.current());
            update.setArray(2, idArray);
            update.setArray(3, kindArray);
            update.setArray(4, typeArray);
            update.executeUpdate();
        }
    }
}
