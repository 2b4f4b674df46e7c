package id.wacontacts.service.live;

import id.wacontacts.domain.ChangeEvent.Action;
import id.wacontacts.domain.ChangeEvent.Table;
import id.wacontacts.domain.ChangeSet.Change;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;

/**
 * Words the changes a {@link LiveChanges} delivery names: per changed row its time, action, number
 * (or category name) and desktop, read from the history; a statement too large to list is one
 * line with its row count.
 */
public final class ChangeDescriptions {

    /** One changed row (or, for a large statement, all of its rows). Times are UTC. */
    public record Line(Instant at, String action, String subject, String desktop) {
    }

    private static final String ROWS = """
            SELECT changed_at, action,
                   coalesce((number_after).normalized_number, (number_before).normalized_number,
                            (category_after).name, (category_before).name), desktop
            FROM change_log
            WHERE txid = :txid AND table_name = :table AND action = :action AND row_id IN (:ids)
            ORDER BY id""";

    private final SessionFactory sessions;

    public ChangeDescriptions(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The lines of one delivered change, in the order the rows were written. */
    public List<Line> describe(Change change) {
        String action = change.action().name().toLowerCase(Locale.ROOT);
        String table = change.table().name().toLowerCase(Locale.ROOT);
        if (change.ids().isEmpty()) {
            String what = change.table() == Table.PHONE_NUMBERS ? "numbers" : "categories";
            String subject = change.action() == Action.TRUNCATE ? "all " + what : change.count() + " " + what;
            return List.of(new Line(Instant.now(), action, subject, change.desktop()));
        }
        List<Object[]> rows = sessions.fromSession(session -> session.createNativeQuery(ROWS, Object[].class)
                .setParameter("txid", change.transactionId())
                .setParameter("table", table)
                .setParameter("action", action)
                .setParameterList("ids", change.ids())
                .getResultList());
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Instant at = row[0] instanceof Timestamp timestamp
                    ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC) : Instant.now();
            lines.add(new Line(at, (String) row[1], (String) row[2], (String) row[3]));
        }
        return lines;
    }
}
