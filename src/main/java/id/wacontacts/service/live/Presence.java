package id.wacontacts.service.live;

import java.util.List;
import org.hibernate.SessionFactory;

/**
 * Which desktops are connected to this database now: the distinct application names starting
 * with {@value #PREFIX} in {@code pg_stat_activity}. PostgreSQL shows every session's database
 * and application name to any role (only the query text and addresses of other roles' sessions
 * are hidden), so this works for the app's own non-superuser role.
 */
public final class Presence {

    /** How every connection of this app names itself: {@code WA Contacts/<host>/<OS user>}. */
    public static final String PREFIX = "WA Contacts/";

    private static final String DESKTOPS = """
            SELECT DISTINCT application_name FROM pg_stat_activity
            WHERE datname = current_database() AND starts_with(application_name, ?)
            ORDER BY 1""";

    private final SessionFactory sessions;

    public Presence(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The connected desktops' names, sorted; this desktop among them. */
    public List<String> desktops() {
        return sessions.fromSession(session -> session.createNativeQuery(DESKTOPS, String.class)
                .setParameter(1, PREFIX).getResultList());
    }
}
