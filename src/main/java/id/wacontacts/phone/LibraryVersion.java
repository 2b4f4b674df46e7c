package id.wacontacts.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the bundled libphonenumber, recorded beside every number it classified. */
public final class LibraryVersion {

    private static final String PROPERTIES =
            "/META-INF/maven/com.googlecode.libphonenumber/libphonenumber/pom.properties";
    private static final String VERSION = read();

    private LibraryVersion() {
    }

    /** For example {@code libphonenumber 9.0.43}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = com.google.i18n.phonenumbers.PhoneNumberUtil.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                return "libphonenumber (unknown version)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return "libphonenumber " + properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
