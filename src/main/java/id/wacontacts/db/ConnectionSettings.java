package id.wacontacts.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect: a JDBC URL, a user and a password (null lets the driver read ~/.pgpass).
 *
 * <p>A password given inside the URL ({@code ?password=…}, as {@code --db-url} allows) is taken out of
 * it here and kept as the password (it wins over a separate one, as it would in the driver): the URL
 * then travels to the pool, the driver and Hibernate, which log it, without the secret. Whatever shows
 * or logs the URL still uses {@link #displayUrl()}, which masks any other secret parameter.
 */
public record ConnectionSettings(String jdbcUrl, String user, String password) {

    /** Parameters whose values are secrets: password, sslpassword, and any other *password or *secret. */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;][^=&;#]*(?:password|secret)=)[^&;#]*");
    /** A password as URL user information: {@code //user:password@host}. */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?]*:)[^@/?]*@");
    private static final String MASK = "***";

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        int query = jdbcUrl.indexOf('?');
        if (query >= 0) {
            StringBuilder kept = new StringBuilder(jdbcUrl.substring(0, query));
            char separator = '?';
            for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                if (name.equalsIgnoreCase("password")) {
                    password = URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
                } else if (!parameter.isEmpty()) {
                    kept.append(separator).append(parameter);
                    separator = '&';
                }
            }
            jdbcUrl = kept.toString();
        }
    }

    /** The URL as it may be shown to a person or written to a log: every secret in it masked. */
    public String displayUrl() {
        return mask(jdbcUrl);
    }

    /** A JDBC or PostgreSQL URL with the values of its secret parameters (and any user-info password) masked. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = SECRET_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + displayUrl() + ", user=" + user + "]";
    }
}
