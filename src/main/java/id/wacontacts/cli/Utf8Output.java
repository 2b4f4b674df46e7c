package id.wacontacts.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A command's standard output: always UTF-8 whatever the locale (under LANG=C the JDK would
 * print '?' for every non-ASCII letter), buffered, flushed by the command when it ends.
 */
public final class Utf8Output {

    private Utf8Output() {
    }

    public static PrintWriter stdout() {
        return writer(new FileOutputStream(FileDescriptor.out));
    }

    public static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), false);
    }
}
