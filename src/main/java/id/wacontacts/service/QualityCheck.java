package id.wacontacts.service;

import id.wacontacts.db.LongWork;
import id.wacontacts.domain.LineKind;
import id.wacontacts.domain.QualityFinding;
import id.wacontacts.phone.LibraryVersion;
import id.wacontacts.phone.SuspiciousOriginal;
import id.wacontacts.phone.SuspiciousOriginal.Sign;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data quality check: every stored number is validated again with the bundled libphonenumber,
 * which is recorded beside it; numbers that became invalid or changed type, and originals that look
 * damaged (a doubled country code, a lost leading 0, Excel's scientific notation), are marked in
 * number_types' findings, each list a filter of its own ({@code ContactQuery.withFinding}). The
 * numbers themselves are never changed: what to do with each list is the user's choice.
 *
 * <p>One pass reads the table with a cursor and writes only the rows whose result changed, with
 * one COPY and one UPDATE.
 */
public final class QualityCheck {

    /** How far the check has come: rows read of about {@code total}. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** What the check found: how many numbers it read, and how many are in each list. */
    public record Report(long checked, Map<QualityFinding, Long> found, String version) {
        public Report {
            found = Map.copyOf(found);
        }

        public long count(QualityFinding finding) {
            return found.getOrDefault(finding, 0L);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(QualityCheck.class);
    private static final int FETCH = 10_000;
    private static final String READ = "SELECT nt.phone_number_id, pn.original_number, pn.normalized_number, nt.kind,"
            + " nt.line_type, nt.validated_with, nt.findings FROM number_types nt"
            + " JOIN phone_numbers pn ON pn.id = nt.phone_number_id";

    private final DataSource dataSource;
    private final NumberTypes types;

    public QualityCheck(DataSource dataSource, NumberTypes types) {
        this.dataSource = dataSource;
        this.types = types;
    }

    /**
     * Checks every number.
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing was recorded
     */
    public Report run(Progress progress, Cancellation cancellation) {
        types.catchUp(cancellation);
        String version = LibraryVersion.current();
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return cancellation.during(() -> abort(connection),
                        () -> scan(connection, progress, cancellation, version, start));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                cancellation.check();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The quality check failed", e);
        }
    }

    /** Reads every number once in {@code connection}'s transaction, records what changed, and commits. */
    private Report scan(Connection connection, Progress progress, Cancellation cancellation, String version,
                        long start) throws SQLException {
        LongWork.allow(connection);
        long total = estimate(connection);
        ByteArrayOutputStream changes = new ByteArrayOutputStream(1 << 16);
        Map<QualityFinding, Long> found = new EnumMap<>(QualityFinding.class);
        long checked = 0;
        long changed = 0;
        StringBuilder line = new StringBuilder(64);
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setFetchSize(FETCH);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    NumberTypes.Classification now = types.classify(rs.getString(3));
                    int findings = findings(rs, now, version);
                    for (QualityFinding finding : QualityFinding.values()) {
                        if ((findings & finding.bit()) != 0) {
                            found.merge(finding, 1L, Long::sum);
                        }
                    }
                    if (now.kind().code() != rs.getShort(4) || !Objects.equals(now.lineType(), rs.getString(5))
                            || !version.equals(rs.getString(6)) || findings != rs.getShort(7)) {
                        line.setLength(0);
                        line.append(rs.getInt(1)).append(',').append(now.kind().code()).append(',')
                                .append(now.lineType() == null ? "" : now.lineType()).append(',')
                                .append(findings).append('\n');
                        changes.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
                        changed++;
                    }
                    if (++checked % FETCH == 0) {
                        cancellation.check();
                        progress.update(checked, Math.max(total, checked));
                    }
                }
            }
        }
        cancellation.check();
        record(connection, changes.toByteArray(), version);
        connection.commit();
        progress.update(checked, checked);
        log.info("Quality check: {} numbers in {} ms, {} rows updated, found {}", checked,
                (System.nanoTime() - start) / 1_000_000, changed, found);
        return new Report(checked, found, version);
    }

    /** The findings of the current row, with the bundled library's classification. */
    private static int findings(ResultSet rs, NumberTypes.Classification now, String version) throws SQLException {
        int previous = rs.getShort(7);
        int findings = 0;
        if (now.kind() == LineKind.INVALID) {
            findings |= QualityFinding.BECAME_INVALID.bit();
        }
        String before = rs.getString(5);
        boolean sameVersion = version.equals(rs.getString(6));
        if (before != null && now.lineType() != null && !before.equals(now.lineType())
                || sameVersion && (previous & QualityFinding.CHANGED_TYPE.bit()) != 0) {
            // Kept until the user changes the number: the next check with the same library must still list it.
            findings |= QualityFinding.CHANGED_TYPE.bit();
        }
        for (Sign sign : SuspiciousOriginal.of(rs.getString(2), rs.getString(3))) {
            findings |= switch (sign) {
                case DOUBLED_COUNTRY_CODE -> QualityFinding.DOUBLED_COUNTRY_CODE.bit();
                case LOST_LEADING_ZERO -> QualityFinding.LOST_LEADING_ZERO.bit();
                case SCIENTIFIC_NOTATION -> QualityFinding.SCIENTIFIC_NOTATION.bit();
            };
        }
        return findings;
    }

    private static long estimate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM number_types")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void record(Connection connection, byte[] changes, String version) throws SQLException {
        if (changes.length == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE checked_numbers (id integer, kind smallint, line_type text,"
                    + " findings smallint) ON COMMIT DROP");
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY checked_numbers FROM STDIN (FORMAT csv)", new java.io.ByteArrayInputStream(changes));
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot send the check's results", e);
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE number_types t SET kind = c.kind,"
                + " line_type = nullif(c.line_type, ''), findings = c.findings, validated_with = ?"
                + " FROM checked_numbers c WHERE t.phone_number_id = c.id")) {
            update.setString(1, version);
            update.executeUpdate();
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            log.debug("The check ended before its cancel arrived", e);
        }
    }
}
