package id.wacontacts.service.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * The database server's host and port, read from a JDBC URL by the driver itself, and a look at
 * whether it accepts a TCP connection now: no login, no query, so it costs the server nothing.
 */
record ServerAddress(String host, int port) {

    /** How long one look waits: a server on the office network answers within milliseconds. */
    static final Duration LOOK = Duration.ofSeconds(1);

    /** The first host of {@code jdbcUrl}; empty when the driver cannot read it. */
    static Optional<ServerAddress> of(String jdbcUrl) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            return Optional.empty();
        }
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        String port = parsed.getProperty("PGPORT", "5432").split(",")[0];
        try {
            return Optional.of(new ServerAddress(host, Integer.parseInt(port)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the address accepts a connection within {@link #LOOK}. */
    boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) LOOK.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }
}
