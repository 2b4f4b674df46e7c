package id.wacontacts.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Marks the backups this computer's WA Contacts wrote: an HMAC-SHA256 of the file, keyed with a
 * secret kept in the data folder ({@code backup-signing.key}, owner-only). A file whose mark this key
 * confirms holds rows exactly as this app's database held them (a database adopted from the original
 * system may hold numbers the app would not accept today, and its own safety copies must still
 * restore); any other file has its rows checked against the app's rules ({@link BackupRows}).
 * The SHA-256 on the last line has no key: it proves a file undamaged, not unedited.
 */
final class BackupSignature {

    static final String LINE_PREFIX = "-- Signed on the computer that made it: HMAC-SHA256 ";
    static final String KEY_FILE = "backup-signing.key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private BackupSignature() {
    }

    /** The key beside the backup folder, created (owner-only) when there is none yet. */
    static byte[] keyForWriting(Path backupFolder) throws IOException {
        Path file = keyFile(backupFolder);
        Optional<byte[]> existing = read(file);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "." + KEY_FILE + ".", ".partial");
        try {
            BackupFolder.makeFilePrivate(partial);
            Files.write(partial, key);
            try {
                Files.move(partial, file);
            } catch (FileAlreadyExistsException e) {
                // Another process made one meanwhile: use theirs.
                return read(file).orElseThrow(() -> e);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return key;
    }

    /** The key, when this computer has made a backup before. */
    static Optional<byte[]> keyForReading(Path backupFolder) {
        try {
            return read(keyFile(backupFolder));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path keyFile(Path backupFolder) {
        return backupFolder.toAbsolutePath().normalize().resolveSibling(KEY_FILE);
    }

    private static Optional<byte[]> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] key = Files.readAllBytes(file);
        return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
    }

    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    static String line(Mac mac) {
        return LINE_PREFIX + HexFormat.of().formatHex(mac.doFinal()) + "\n";
    }

    /** Whether {@code recorded} (the hex on the line) is the mark of what {@code mac} has read. */
    static boolean confirms(Mac mac, String recorded) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(recorded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac.doFinal(), expected);
    }

    /** Feeds everything written through it to the MAC. */
    static final class MacOutputStream extends FilterOutputStream {
        private final Mac mac;

        MacOutputStream(OutputStream out, Mac mac) {
            super(out);
            this.mac = mac;
        }

        @Override
        public void write(int b) throws IOException {
            mac.update((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            mac.update(bytes, offset, length);
            out.write(bytes, offset, length);
        }
    }
}
