package id.wacontacts.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * What every connection of the app tells the server about itself ({@code application_name}):
 * {@code WA Contacts/<host>/<OS user>}, so an administrator (and the app's own history of changes)
 * sees in {@code pg_stat_activity} which desktop and which person a session belongs to. PostgreSQL
 * keeps 63 bytes of it and shows only printable ASCII: anything else is replaced by {@code ?} here
 * and the whole is cut to 63 characters, so what the server shows is what was sent.
 */
public final class ApplicationName {

    /** The server's limit (NAMEDATALEN - 1). */
    public static final int MAX_LENGTH = 63;
    /** The name of the pgjdbc connection property that carries it. */
    public static final String PROPERTY = "ApplicationName";

    private static final String VALUE = of(host(), System.getProperty("user.name", "?"));

    private ApplicationName() {
    }

    /** The application name of this process's connections. */
    public static String value() {
        return VALUE;
    }

    /** {@code WA Contacts/<host>/<user>}, printable ASCII only, at most {@value #MAX_LENGTH} characters. */
    static String of(String host, String user) {
        String name = "WA Contacts/" + host + "/" + user;
        StringBuilder ascii = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints().limit(MAX_LENGTH)
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return ascii.toString();
    }

    /** The computer's name, from the environment first: a name lookup could wait for DNS. */
    private static String host() {
        return Optional.ofNullable(System.getenv("COMPUTERNAME"))
                .or(() -> Optional.ofNullable(System.getenv("HOSTNAME")))
                .filter(name -> !name.isBlank())
                .orElseGet(() -> {
                    try {
                        return InetAddress.getLocalHost().getHostName();
                    } catch (UnknownHostException e) {
                        return "?";
                    }
                });
    }
}
