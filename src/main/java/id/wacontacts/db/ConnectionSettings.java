package id.wacontacts.db;

import java.util.Objects;

/** Where and as whom to connect: a JDBC URL, a user and a password (null lets the driver read ~/.pgpass). */
public record ConnectionSettings(String jdbcUrl, String user, String password) {

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + jdbcUrl + ", user=" + user + "]";
    }
}
